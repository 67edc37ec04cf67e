"""The window: start page or header + tabs, menus, shortcuts, over one plan at a time.

It is built by the composition root (ui/startup.py), which hands it its settings and
translations; it builds what hangs off an open plan (header, tabs, backups) itself.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.errors import PlanError
from app.plan import Plan
from db.errors import StorageError
from ui.background.backups import BackupSchedule
from ui.background.tasks import Tasks
from ui.opening.plan_opening import OpenedPlan
from ui.opening.start_page import StartPage
from ui.opening.who_am_i_dialog import WhoAmIDialog
from ui.widgets.notice_bar import NoticeBar
from ui.widgets.plan_tab import PlanTab
from ui.widgets.tab_slot import TabSlot
from ui.window.header import Header
from ui.window.help_dialogs import AboutDialog, ShortcutEntry, ShortcutsDialog, shortcuts_of
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session
from ui.window.settings import Settings
from ui.window.viewer import Opener, open_folder, open_in_viewer
from ui.words.error_messages import error_text, missing_entries_text
from ui.words.i18n import Translations
from ui.words.labels import kind_label

#: Builds a tab over the open plan (each factory imports its tab's module when first called:
#: a tab's imports stay off the start-up path until it is shown).
TabFactory = Callable[[Plan, PlanSignals, Session], PlanTab]


def _incident_log_tab(plan: Plan, signals: PlanSignals, session: Session) -> PlanTab:
    from ui.incident_log.tab import IncidentLogTab

    return IncidentLogTab(plan, signals, session)


def _risks_tab(plan: Plan, signals: PlanSignals, session: Session) -> PlanTab:
    from ui.risks.tab import RiskMatrixTab

    return RiskMatrixTab(plan, signals, session)


def _contacts_tab(plan: Plan, signals: PlanSignals, session: Session) -> PlanTab:
    from ui.contacts.tab import ContactsTab

    return ContactsTab(plan, signals, session)


def _messages_tab(plan: Plan, signals: PlanSignals, session: Session) -> PlanTab:
    from ui.messages.tab import MessageLibraryTab

    return MessageLibraryTab(plan, signals, session)


#: The four tabs in their agreed order (Ctrl+1..4): the class each builds, and its factory.
TABS: tuple[tuple[str, TabFactory], ...] = (
    ("IncidentLogTab", _incident_log_tab),
    ("RiskMatrixTab", _risks_tab),
    ("ContactsTab", _contacts_tab),
    ("MessageLibraryTab", _messages_tab),
)
#: Opening size when no geometry is remembered: fits a 1366×768 laptop screen with its
#: title bar and a panel.
DEFAULT_SIZE = (1340, 700)


def fitting_size(window: QWidget) -> tuple[int, int]:
    """DEFAULT_SIZE, made smaller where the screen is (a 1280×720 screen cut the window's
    right side: Niveau, Retour d'expérience and the side panels' last column were off it)."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    room = screen.availableGeometry()
    return min(DEFAULT_SIZE[0], room.width()), min(DEFAULT_SIZE[1], room.height())


class MainWindow(QMainWindow):
    """One window over one plan at a time."""

    def __init__(self, settings: Settings, translations: Translations, plan_path: Path) -> None:
        super().__init__()
        self.settings = settings
        self.translations = translations
        self.plan: Plan | None = None
        self.signals: PlanSignals | None = None
        self.session = Session(author=settings.author)
        self.header: Header | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.start_page = StartPage(plan_path, translations.language, settings.author)
        self.start_page.plan_opened.connect(self._plan_chosen)
        self.workspace = QWidget()
        self._workspace_layout = QVBoxLayout(self.workspace)
        self._workspace_layout.setContentsMargins(0, 0, 0, 0)
        self._workspace_layout.setSpacing(0)
        self.notice_bar = NoticeBar()  # under the header (inserted above it on open)
        self._workspace_layout.addWidget(self.notice_bar)
        self._workspace_layout.addWidget(self.tabs, 1)
        #: Starts the system's PDF viewer; False when it could not (no viewer, no launcher).
        self.viewer: Opener = open_in_viewer
        #: Shows the folder of a PDF no viewer could show.
        self.folder_opener: Opener = open_folder
        #: Shows written PDFs (tests put a recorder here: no viewer is started by a test).
        self.document_opener: Opener = self.show_in_viewer
        self._viewer_failed = False
        #: The window's background jobs (printing, backups): cancelled and waited for before
        #: a plan closes.
        self.tasks = Tasks(self)
        self.backup_schedule: BackupSchedule | None = None
        self._backup_error_shown: object = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self._build_shortcuts()
        self.tab_slots: list[TabSlot] = []
        if not self.restoreGeometry(settings.geometry):
            self.resize(*fitting_size(self))
        self.retranslate()

    # --- plan --------------------------------------------------------------------------------
    def open_plan(self, plan: Plan, notice: str = "", author: str = "") -> None:
        """Show the header and the tabs over an open plan, and start its backups."""
        self.close_plan()
        self.plan = plan
        self.signals = PlanSignals(plan, self)
        signer = self._signer(plan, author)
        if signer is None:
            # Asked and not answered: sign with this laptop's last name or the system user's,
            # never the plan owner's (the demo once made everyone "Hélène Vasseur").
            self.session.author = self.settings.author or getpass.getuser()
            notice = notice or self.tr(
                "You sign as {name}: Settings → Who am I?… to change it.").format(
                    name=self.session.author)
        else:
            self.session.author = signer
        self.header = Header(plan, self.signals, self.session)
        # Each tab is built when first shown: start-up pays for the incident log only.
        self.tab_slots = [
            TabSlot(name, partial(factory, plan, self.signals, self.session), self._tab_built)
            for name, factory in TABS
        ]
        self.tabs.clear()
        for slot in self.tab_slots:
            self.tabs.addTab(slot, "")
        self._workspace_layout.insertWidget(0, self.header)
        self.stack.setCurrentWidget(self.workspace)
        self._start_backups(plan)
        if plan.missing_entries:  # never "ok": the witness saw more than the file holds
            missing = missing_entries_text(plan.missing_entries)
            self.notice_bar.show_notice(f"{notice} {missing}" if notice else missing, "problem")
        elif notice:
            self.notice_bar.show_notice(notice, "info")
        self.retranslate()

    def _signer(self, plan: Plan, author: str) -> str | None:
        """Who signs in `plan`: the name remembered for it on this laptop, else `author` (typed
        on the start page), else asked (pick a member of the cell or type a name); None when
        the question was cancelled."""
        plan_id = plan.info.get().id
        name = self.settings.author_for(plan_id) or author.strip()
        if not name:
            name = (WhoAmIDialog.ask(self, plan, self.settings.author) or "").strip()
        if not name:
            return None
        self.settings.set_author_for(plan_id, name)
        return name

    def show_opened(self, opened: OpenedPlan, author: str = "") -> None:
        """Open what the opening flow gave; a new plan's recovery sheet is offered at once."""
        self.open_plan(opened.plan, opened.notice, author)
        if opened.created:
            self.offer_recovery_sheet()

    def _plan_chosen(self, opened: OpenedPlan, author: str) -> None:
        self.show_opened(opened, author)

    # --- backups -----------------------------------------------------------------------------
    def _start_backups(self, plan: Plan) -> None:
        """The opening backup and, while an incident is active, one every 10 minutes, all
        taken as jobs of the window's tasks, on connections of their own."""
        schedule = BackupSchedule(self.tasks, plan)  # the window's own while the plan is open
        schedule.taken.connect(self._backup_taken)
        schedule.failed.connect(self._backup_failed)
        self.backup_schedule = schedule.start(first="open")
        self._backup_error_shown = None
        if plan.backup_problem is not None:
            self._show_backup_problem(plan.backup_problem)

    def _backup_taken(self) -> None:
        if self._backup_error_shown is not None:
            self._backup_error_shown = None  # backups work again: the problem is over
            if self.notice_bar.kind == "problem":
                self.notice_bar.dismiss()

    def _backup_failed(self, error: Exception) -> None:
        if error is not self._backup_error_shown:
            self._show_backup_problem(error)

    def _show_backup_problem(self, error: Exception) -> None:
        self._backup_error_shown = error
        self.notice_bar.show_notice(self.tr(
            "The automatic backup failed: {reason} Your work is still saved in the plan; "
            "the backup will be tried again.").format(reason=error_text(error)), "problem")

    # --- documents ---------------------------------------------------------------------------
    def print_document(self) -> None:
        """File → Print…: choose a document; it is saved as a PDF and shown in the viewer."""
        if self.plan is None:
            return
        # Imported when first used: printing brings reportlab, ~140 ms off the start-up path.
        from ui.window.print_dialog import PrintDialog

        self._viewer_failed = False
        written = PrintDialog.ask(self.plan, self, opener=self.document_opener,
                                  tasks=self.tasks)
        if written is not None and not self._viewer_failed:
            self.notice_bar.show_notice(self.tr("PDF saved: {path}").format(path=written))

    def show_in_viewer(self, path: Path) -> bool:
        """Show a written PDF in the system's viewer; when none can be started, the notice bar
        says where the file is and offers its folder (never a silent failure)."""
        shown = self.viewer(path) is not False
        self._viewer_failed = not shown
        if not shown:
            self.notice_bar.show_notice(self.tr(
                "The PDF is saved, but no PDF viewer could be started on this computer. Open "
                "it yourself: {path}").format(path=path), "problem",
                action=(self.tr("Open the folder"), lambda: self.open_document_folder(path)))
        return shown

    def open_document_folder(self, path: Path) -> None:
        """Show the folder of `path`; when that fails too, the bar keeps its path to copy."""
        if self.folder_opener(path) is False:
            self.notice_bar.show_notice(self.tr(
                "No file manager could be started either. The PDF is in {folder} (select "
                "this text to copy it).").format(folder=Path(path).parent), "problem")

    @classmethod
    def choose_recovery_sheet_path(cls, parent: QWidget | None, suggested: Path
                                   ) -> Path | None:
        """Where to save the recovery sheet (tests replace this)."""
        from ui.opening.save_recovery_sheet import ask_pdf_path

        return ask_pdf_path(parent, suggested)

    def save_recovery_sheet(self) -> None:
        """File → Save recovery sheet…: the plan's key on a PDF, shown to be printed."""
        if self.plan is None:
            return
        from ui.opening.save_recovery_sheet import save_recovery_sheet

        try:
            written = save_recovery_sheet(self.plan, self, ask=self.choose_recovery_sheet_path)
        except (PlanError, StorageError, OSError) as error:
            self.notice_bar.show_notice(error_text(error), "problem")
            return
        if written is None:
            return
        self.notice_bar.show_notice(self.tr(
            "Recovery sheet saved: {path}. Print it and keep it in a safe, away from this "
            "laptop; then delete the file.").format(path=written))
        self.document_opener(written)  # replaces the notice when no viewer could show it

    def offer_recovery_sheet(self) -> None:
        """Right after a plan is created: save its recovery sheet now, or later."""
        from ui.opening.recovery_sheet_offer import RecoverySheetOffer

        if RecoverySheetOffer.ask(self):
            self.save_recovery_sheet()
        else:
            self.notice_bar.show_notice(self.tr(
                "The recovery sheet is not saved yet: File → Save recovery sheet… when you "
                "can. Without it, a lost key means a lost plan."), "problem")

    def close_plan(self) -> None:
        """Close the plan shown (if any) and go back to an empty workspace."""
        if self.plan is None:
            return
        if self.backup_schedule is not None:
            self.backup_schedule.stop()  # a backup under way: cancelled or waited for
            self.backup_schedule = None
        self.tasks.shutdown()  # no job of this plan's still running when it closes
        self.notice_bar.dismiss()
        self.tabs.clear()
        for slot in self.tab_slots:
            slot.deleteLater()
        self.tab_slots = []
        if self.header is not None:
            self.header.timer.stop()
            self.header.deleteLater()
            self.header = None
        if self.signals is not None:
            self.signals.detach()
            self.signals = None
        # Delete the tabs now, not later: a deferred call of theirs must not reach the closed
        # plan (their zero-timers are cancelled with them).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.plan.close()  # a live plan makes its closing backup here
        self.plan = None
        self._update_actions()

    def show_start_page(self, error: str = "") -> None:
        """Show the start page, with the reason when a plan could not be opened."""
        self.stack.setCurrentWidget(self.start_page)
        if error:
            self.start_page.show_error(error)

    # --- navigation --------------------------------------------------------------------------
    def _tab_built(self, tab: PlanTab) -> None:
        tab.message_requested.connect(self.show_message)  # e.g. the risks' linked messages

    def _slot(self, class_name: str) -> TabSlot | None:
        return next((s for s in self.tab_slots if s.class_name == class_name), None)

    def tab(self, cls: type[PlanTab] | str) -> PlanTab | None:
        """The tab of a class (built now if it was not yet), when a plan is shown."""
        slot = self._slot(cls if isinstance(cls, str) else cls.__name__)
        return slot.content() if slot is not None else None

    def current_tab(self) -> PlanTab | None:
        """The tab shown."""
        slot = self.tabs.currentWidget()
        return slot.content() if isinstance(slot, TabSlot) else None

    def switch_to(self, number: int) -> None:
        """Ctrl+1..4: show the tab at that place."""
        if 0 <= number - 1 < self.tabs.count():
            self.tabs.setCurrentIndex(number - 1)

    def _show_tab(self, class_name: str) -> PlanTab | None:
        slot = self._slot(class_name)
        if slot is None:
            return None
        self.tabs.setCurrentWidget(slot)
        return slot.content()

    def show_message(self, message_id: str) -> None:
        """Jump to a prepared message in the messages tab."""
        from ui.messages.tab import MessageLibraryTab  # built by now: _show_tab builds it

        tab = self._show_tab("MessageLibraryTab")
        if isinstance(tab, MessageLibraryTab):
            tab.show_message(message_id)

    def focus_search(self) -> None:
        """Ctrl+F: the current tab's search."""
        tab = self.current_tab()
        if tab is not None:
            tab.focus_search()

    def focus_entry_line(self) -> None:
        """Ctrl+L: the incident log's entry line, from any tab."""
        from ui.incident_log.tab import IncidentLogTab  # built by now: _show_tab builds it

        tab = self._show_tab("IncidentLogTab")
        if isinstance(tab, IncidentLogTab):
            tab.focus_entry_line()

    def _build_shortcuts(self) -> None:
        self.tab_shortcuts: list[QShortcut] = []
        for number in range(1, 5):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=number: self.switch_to(n))
            self.tab_shortcuts.append(shortcut)
        self.find_shortcut = QShortcut(QKeySequence("Ctrl+F"), self)
        self.find_shortcut.activated.connect(self.focus_search)
        self.entry_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        self.entry_shortcut.activated.connect(self.focus_entry_line)

    # --- help --------------------------------------------------------------------------------
    def shortcut_entries(self) -> list[ShortcutEntry]:
        """Every keyboard shortcut of the window and its tabs (all built first), as they are."""
        where: dict[int, str] = {}
        for index, slot in enumerate(self.tab_slots):
            tab = slot.content()
            where[id(slot)] = self.tabs.tabText(index)
            for kind, shortcut in tab.kind_shortcuts.items():
                shortcut.setWhatsThis(self.tr("Entry kind: {kind}").format(kind=kind_label(kind)))
        self.retranslate()  # the tab titles and the window's own descriptions, current
        return shortcuts_of(self, where, self.tr("Everywhere"))

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help → Keyboard shortcuts: the list generated from the live shortcuts."""
        dialog = ShortcutsDialog(self.shortcut_entries(), self)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        """Help → About: version, plan file, licences of what is shipped."""
        dialog = AboutDialog(__version__, self.plan.path if self.plan else None, self)
        dialog.open()
        return dialog

    # --- settings ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.print_action = QAction(self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_document)
        self.file_menu.addAction(self.print_action)
        self.recovery_sheet_action = QAction(self)
        self.recovery_sheet_action.triggered.connect(self.save_recovery_sheet)
        self.file_menu.addAction(self.recovery_sheet_action)
        self.file_menu.addSeparator()
        self.settings_menu = self.menuBar().addMenu("")
        self.author_action = QAction(self)
        self.author_action.triggered.connect(self.change_author)
        self.settings_menu.addAction(self.author_action)
        self.plan_settings_action = QAction(self)
        self.plan_settings_action.triggered.connect(self.edit_plan_settings)
        self.settings_menu.addAction(self.plan_settings_action)
        self.language_menu = self.settings_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("fr", "Français"), ("en", "English")):
            action = QAction(name, self)  # each language named in itself, never translated
            action.setCheckable(True)
            action.setChecked(code == self.translations.language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        self._update_actions()

    def _update_actions(self) -> None:
        """Printing, the recovery sheet and the plan's settings need an open plan."""
        for action in (self.print_action, self.recovery_sheet_action,
                       self.plan_settings_action):
            action.setEnabled(self.plan is not None)

    @classmethod
    def ask_author(cls, parent: MainWindow, current: str) -> str | None:
        """The name chosen in the "Who am I?" dialog, or None (tests replace this)."""
        if parent.plan is not None:
            return WhoAmIDialog.ask(parent, parent.plan, current)
        name, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("MainWindow", "Who am I?"),
            QCoreApplication.translate("MainWindow", "Your name (signs what you log):"),
            text=current)
        return name if ok else None

    def change_author(self) -> None:
        """Ask the author's name, remember it (for this plan), and sign with it from now on."""
        name = self.ask_author(self, self.session.author)
        if name is None or not name.strip():
            return
        self.session.author = name.strip()
        if self.plan is not None:
            self.settings.set_author_for(self.plan.info.get().id, name)
        else:
            self.settings.author = name.strip()
        if self.header is not None:
            self.header.update_author()

    def edit_plan_settings(self) -> None:
        """Settings → Plan settings…: organisation, language, region; the change is said."""
        if self.plan is None:
            return
        from ui.window.plan_settings_dialog import PlanSettingsDialog

        change = PlanSettingsDialog.ask(self, self.plan)
        if change is None or not change.changed:
            return
        meta = change.metadata
        language = {"fr": "Français", "en": "English"}[meta.language]
        self.notice_bar.show_notice(self.tr(
            "Plan settings saved: {organisation}, documents and automatic log entries in "
            "{language}, phone numbers read for {region}.").format(
                organisation=meta.organisation, language=language, region=meta.region))
        self.retranslate()  # the title bar carries the organisation

    def set_language(self, language: str) -> None:
        """Switch language now (every widget re-sets its texts) and remember it."""
        self.translations.install(language)
        self.settings.language = language
        self.start_page.set_language(language)  # a plan made from here follows the window
        self.language_actions[language].setChecked(True)

    def retranslate(self) -> None:
        """Set the window's own texts in the current language."""
        organisation = self.plan.info.get().organisation if self.plan else ""
        self.setWindowTitle(f"Crisis Cell — {organisation}" if organisation else "Crisis Cell")
        self._update_actions()
        self.file_menu.setTitle(self.tr("&File"))
        self.print_action.setText(self.tr("Print…"))
        self.recovery_sheet_action.setText(self.tr("Save recovery sheet…"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.author_action.setText(self.tr("Who am I?…"))
        self.plan_settings_action.setText(self.tr("Plan settings…"))
        self.language_menu.setTitle(self.tr("Language / Langue"))
        self.quit_action.setText(self.tr("Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts"))
        self.about_action.setText(self.tr("About Crisis Cell"))
        for number, shortcut in enumerate(self.tab_shortcuts, start=1):
            shortcut.setWhatsThis(self.tr("Show tab {n}").format(n=number))
        self.find_shortcut.setWhatsThis(self.tr("Search in the current tab"))
        self.entry_shortcut.setWhatsThis(self.tr("Back to the incident log's entry line"))
        titles = {
            "IncidentLogTab": self.tr("1 · Incident log"),
            "RiskMatrixTab": self.tr("2 · Risks"),
            "ContactsTab": self.tr("3 · Contacts"),
            "MessageLibraryTab": self.tr("4 · Messages"),
        }
        for index, slot in enumerate(self.tab_slots):
            self.tabs.setTabText(index, titles.get(slot.class_name, slot.class_name))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.settings.geometry = self.saveGeometry()
        self.close_plan()
        self.tasks.shutdown()  # no job outlives the window, plan or not
        super().closeEvent(event)
