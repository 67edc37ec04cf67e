<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>The due time “{text}” cannot be read: type e.g. 04/12/2026 14:00, demain 9h or +4h, or tick “No due time”.</source>
        <translation>L’échéance « {text} » est illisible : tapez par exemple 04/12/2026 14:00, demain 9h ou +4h, ou cochez « Sans échéance ».</translation>
    </message>
    <message>
        <source>Due {moment}</source>
        <translation>Échéance : {moment}</translation>
    </message>
    <message>
        <source>⚠ {moment} is already past: the action will show as overdue. Keep it only if that is what you mean.</source>
        <translation>⚠ {moment} est déjà passé : l’action apparaîtra en retard. Gardez cette échéance seulement si c’est bien ce que vous voulez.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time: type e.g. 04/12/2026 14:00, demain 9h or +4h.</source>
        <translation>« {text} » n’est pas une date et une heure : tapez par exemple 04/12/2026 14:00, demain 9h ou +4h.</translation>
    </message>
    <message>
        <source>Type a date and time such as 04/12/2026 14:00, demain 9h or +4h.</source>
        <translation>Tapez une date et une heure, par exemple 04/12/2026 14:00, demain 9h ou +4h.</translation>
    </message>
    <message>
        <source>Due time as read</source>
        <translation>Échéance comprise</translation>
    </message>
    <message>
        <source>Due in {n} hours</source>
        <translation>Échéance dans {n} heures</translation>
    </message>
    <message>
        <source>+{n} h</source>
        <translation>+{n} h</translation>
    </message>
    <message>
        <source>04/12/2026 14:00, demain 9h, +4h…</source>
        <translation>04/12/2026 14:00, demain 9h, +4h…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/action_item_dialog.py" line="21"/>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/action_item_dialog.py" line="23"/>
        <location filename="../../ui/incident_log/action_item_dialog.py" line="40"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/action_item_dialog.py" line="25"/>
        <location filename="../../ui/incident_log/action_item_dialog.py" line="41"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/action_item_dialog.py" line="26"/>
        <source>— nobody yet —</source>
        <translation>— personne pour l&apos;instant —</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/action_item_dialog.py" line="36"/>
        <location filename="../../ui/incident_log/action_item_dialog.py" line="42"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/action_item_dialog.py" line="37"/>
        <source>No due time</source>
        <translation>Sans échéance</translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="49"/>
        <location filename="../../ui/incident_log/side_panels.py" line="55"/>
        <location filename="../../ui/incident_log/side_panels.py" line="109"/>
        <source>Action items</source>
        <extracomment>How many of the latest pieces of information the panel lists (the log&apos;s kind filter shows them all): each row carries three buttons, and widgets cost.</extracomment>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="53"/>
        <source>Action (tick when done)</source>
        <translation>Action (cocher une fois faite)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="53"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="54"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="67"/>
        <source>Add an action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n OVERDUE</source>
        <translation>
            <numerusform>⚠ %n EN RETARD</numerusform>
            <numerusform>⚠ %n EN RETARD</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Tick an action when it is done</source>
        <translation>Cochez une action quand elle est faite</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="65"/>
        <location filename="../../ui/incident_log/side_panels.py" line="91"/>
        <source>Done {time}</source>
        <translation>Faite {time}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="105"/>
        <source>⚠ OVERDUE {time}</source>
        <translation>⚠ EN RETARD {time}</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ui/messages/approve_dialog.py" line="20"/>
        <source>Approve the message</source>
        <translation>Approuver le message</translation>
    </message>
    <message>
        <location filename="../../ui/messages/approve_dialog.py" line="22"/>
        <location filename="../../ui/messages/approve_dialog.py" line="31"/>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location filename="../../ui/messages/approve_dialog.py" line="25"/>
        <location filename="../../ui/messages/approve_dialog.py" line="32"/>
        <source>Approval date</source>
        <translation>Date d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/messages/approve_dialog.py" line="26"/>
        <source>Approval expires</source>
        <translation>Fin de validité de l&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/messages/approve_dialog.py" line="33"/>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
</context>
<context>
    <name>AssignRoleDialog</name>
    <message>
        <source>Assign the role: {role}</source>
        <translation>Attribuer le rôle : {role}</translation>
    </message>
    <message>
        <source>&amp;Holder</source>
        <translation>&amp;Titulaire</translation>
    </message>
    <message>
        <source>&amp;Deputy</source>
        <translation>&amp;Suppléant</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Suppléant</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Add a call</source>
        <translation>Ajouter un appel</translation>
    </message>
    <message>
        <source>Change who makes the call</source>
        <translation>Changer qui passe l&apos;appel</translation>
    </message>
    <message>
        <source>Whoever raises the alert (first calls)</source>
        <translation>Qui donne l&apos;alerte (premiers appels)</translation>
    </message>
    <message>
        <source>&amp;Caller</source>
        <translation>&amp;Appelant</translation>
    </message>
    <message>
        <source>Calls &amp;whom</source>
        <translation>Appelle &amp;qui</translation>
    </message>
    <message>
        <source>&amp;Place in the caller&apos;s list</source>
        <translation>&amp;Rang dans la liste de l&apos;appelant</translation>
    </message>
    <message>
        <source>last</source>
        <translation>en dernier</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Choose who is called.</source>
        <translation>Choisissez qui est appelé.</translation>
    </message>
</context>
<context>
    <name>CallTreeActivationDialog</name>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="60"/>
        <source>Time to reach</source>
        <translation>Délai pour joindre</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="60"/>
        <source>Start a new activation</source>
        <translation>Nouvelle activation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="60"/>
        <source>Logs a new activation: everyone is to call again and the clock restarts. The calls made so far stay in the log.</source>
        <translation>Note une nouvelle activation : tout le monde est à rappeler et le chronomètre repart. Les appels déjà faits restent dans la main courante.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="60"/>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="60"/>
        <source>The outcome logged was wrong: log a correction</source>
        <translation>Le résultat noté est faux : noter une correction</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="60"/>
        <source>Deputy of {name}</source>
        <translation>Suppléant(e) de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="60"/>
        <source>{holder} did not answer: call the deputy, {deputy}{phone}.</source>
        <translation>{holder} n’a pas répondu : appelez son suppléant ou sa suppléante, {deputy}{phone}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="35"/>
        <source>Call tree activation</source>
        <translation>Déclenchement de l&apos;arbre d&apos;appel</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="38"/>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="38"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="39"/>
        <source>Message left</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="46"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="46"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="46"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="47"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="48"/>
        <source>Call tree checklist</source>
        <translation>Liste de l&apos;arbre d&apos;appel</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="64"/>
        <source>Not called yet</source>
        <translation>Pas encore appelé</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="128"/>
        <source>Everyone reached in {duration}</source>
        <translation>Tout le monde joint en {duration}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="131"/>
        <source>Elapsed since activation: {duration}</source>
        <translation>Écoulé depuis le déclenchement : {duration}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/call_tree_activation.py" line="132"/>
        <source>Reached: {n} of {total}</source>
        <translation>Joints : {n} sur {total}</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>Move the selected call down</source>
        <translation>Descendre l’appel sélectionné</translation>
    </message>
    <message>
        <source>Move the selected call up</source>
        <translation>Monter l’appel sélectionné</translation>
    </message>
    <message>
        <source>Assign the selected role</source>
        <translation>Attribuer le rôle sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/cell_panel.py" line="69"/>
        <source>— vacant —</source>
        <translation>— vacant —</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/cell_panel.py" line="106"/>
        <source>The cell: roles, holders and deputies</source>
        <translation>La cellule : rôles, titulaires et suppléants</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/cell_panel.py" line="108"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/cell_panel.py" line="108"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/cell_panel.py" line="108"/>
        <source>Deputy</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/cell_panel.py" line="109"/>
        <source>Cell roles</source>
        <translation>Rôles de la cellule</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/cell_panel.py" line="110"/>
        <source>Call tree (who calls whom)</source>
        <translation>Arbre d&apos;appel (qui appelle qui)</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/cell_panel.py" line="111"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/cell_panel.py" line="111"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/cell_panel.py" line="112"/>
        <source>Call tree</source>
        <translation>Arbre d&apos;appel</translation>
    </message>
    <message>
        <source>Roles: holders and deputies</source>
        <translation>Rôles : titulaires et suppléants</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <source>New role…</source>
        <translation>Nouveau rôle…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove a role the plan added</source>
        <translation>Retirer un rôle ajouté au plan</translation>
    </message>
    <message>
        <source>Add a call…</source>
        <translation>Ajouter un appel…</translation>
    </message>
    <message>
        <source>Call earlier</source>
        <translation>Appeler plus tôt</translation>
    </message>
    <message>
        <source>Call later</source>
        <translation>Appeler plus tard</translation>
    </message>
    <message>
        <source>Change caller…</source>
        <translation>Changer d&apos;appelant…</translation>
    </message>
    <message>
        <source>Take out…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>{role}: holder and deputy saved</source>
        <translation>{role} : titulaire et suppléant enregistrés</translation>
    </message>
    <message>
        <source>Role added: {role}</source>
        <translation>Rôle ajouté : {role}</translation>
    </message>
    <message>
        <source>Role renamed: {role}</source>
        <translation>Rôle renommé : {role}</translation>
    </message>
    <message>
        <source>Remove the role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <source>Remove the role “{role}” from the cell?</source>
        <translation>Retirer le rôle « {role} » de la cellule ?</translation>
    </message>
    <message>
        <source>Role removed: {role}</source>
        <translation>Rôle retiré : {role}</translation>
    </message>
    <message>
        <source>Call added: {name}</source>
        <translation>Appel ajouté : {name}</translation>
    </message>
    <message>
        <source>Call moved: {name}</source>
        <translation>Appel déplacé : {name}</translation>
    </message>
    <message>
        <source>Remove from the call tree</source>
        <translation>Retirer de l&apos;arbre d&apos;appel</translation>
    </message>
    <message>
        <source>Take {name} out of the call tree? The people they call will be called by their caller.</source>
        <translation>Retirer {name} de l&apos;arbre d&apos;appel ? Les personnes que {name} appelait seront appelées par son appelant.</translation>
    </message>
    <message>
        <source>Out of the call tree: {name}</source>
        <translation>Retiré de l&apos;arbre d&apos;appel : {name}</translation>
    </message>
    <message>
        <source>Choose the selected role&apos;s holder and deputy</source>
        <translation>Choisir le titulaire et le suppléant du rôle sélectionné</translation>
    </message>
    <message>
        <source>Call earlier (Alt+↑)</source>
        <translation>Appeler plus tôt (Alt+↑)</translation>
    </message>
    <message>
        <source>Call later (Alt+↓)</source>
        <translation>Appeler plus tard (Alt+↓)</translation>
    </message>
    <message>
        <source>Choose the selected role&apos;s holder and deputy (Enter)</source>
        <translation>Choisir le titulaire et le suppléant du rôle sélectionné (Entrée)</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>“{text}”</source>
        <translation>« {text} »</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Close the incident — {title}</source>
        <translation>Clôturer l'incident — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Actions not done ({n})</source>
        <translation>Actions non terminées ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Actions not done</source>
        <translation>Actions non terminées</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>What becomes of it</source>
        <translation>Ce qu'elle devient</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Reason (to drop it)</source>
        <translation>Motif d'abandon</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Carry to the plan tasks</source>
        <translation>Reporter dans les tâches du plan</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Mark done</source>
        <translation>Marquer terminée</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Information still to verify ({n})</source>
        <translation>Informations encore à vérifier ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Information still to verify</source>
        <translation>Informations encore à vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>They stay “to verify” in the log; the closure says how many. Cancel to set their status first.</source>
        <translation>Elles restent « à vérifier » dans le journal ; la clôture dit combien. Annulez pour fixer leur statut d'abord.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Log the line typed but not logged before closing (unticked: it is discarded)</source>
        <translation>Consigner la ligne saisie mais pas consignée avant de clôturer (décoché : elle est abandonnée)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Closing statement</source>
        <translation>Déclaration de clôture</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Why the incident ends, its state, what remains (logged as the closure)</source>
        <translation>Pourquoi l'incident se termine, son état, ce qui reste (consignée comme clôture)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Close the incident</source>
        <translation>Clôturer l'incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Give the reason for dropping “{title}”.</source>
        <translation>Donnez le motif d'abandon de « {title} ».</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/closing_dialog.py" line="1"/>
        <source>Write the closing statement: it is the last entry of the log.</source>
        <translation>Rédigez la déclaration de clôture : c'est la dernière entrée du journal.</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="48"/>
        <source>Select a contact to see their details.</source>
        <translation>Sélectionnez un contact pour voir ses coordonnées.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="52"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="52"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="53"/>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="53"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="65"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="67"/>
        <source>holder</source>
        <translation>titulaire</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="67"/>
        <source>deputy</source>
        <translation>suppléant</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="73"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="74"/>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="81"/>
        <source>⚠ To verify: not checked for more than 90 days.</source>
        <translation>⚠ À vérifier : non contrôlé depuis plus de 90 jours.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="89"/>
        <source>Verified today</source>
        <translation>Vérifié aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="90"/>
        <source>Mark the contact&apos;s details verified today</source>
        <translation>Marquer les coordonnées du contact vérifiées aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/detail_pane.py" line="91"/>
        <source>Contact details</source>
        <translation>Coordonnées du contact</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="79"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="79"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="79"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="80"/>
        <location filename="../../ui/contacts/contact_dialog.py" line="91"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="80"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="81"/>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="81"/>
        <source>Office phone</source>
        <translation>Téléphone bureau</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="82"/>
        <source>Home phone</source>
        <translation>Téléphone domicile</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="82"/>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="83"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="83"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="88"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="89"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="90"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="99"/>
        <source>e.g. 06 12 34 56 78 or +44 20 7946 0000</source>
        <translation>ex. 06 12 34 56 78 ou +44 20 7946 0000</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/contact_dialog.py" line="140"/>
        <source>{field}: {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
    <message>
        <source>Roles of this contact in the cell</source>
        <translation>Rôles de ce contact dans la cellule</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Name, function or phone digits…</source>
        <translation>Nom, fonction ou chiffres du numéro…</translation>
    </message>
    <message>
        <source>— nobody (vacant) —</source>
        <translation>— personne (vacant) —</translation>
    </message>
</context>
<context>
    <name>ContactRolesEditor</name>
    <message>
        <source>instead of {name}</source>
        <translation>à la place de {name}</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <source>{role}: this contact&apos;s place</source>
        <translation>{role} : place de ce contact</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/contacts/model.py" line="27"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/model.py" line="28"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/model.py" line="29"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/model.py" line="30"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/model.py" line="31"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/model.py" line="32"/>
        <source>Verified</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/model.py" line="133"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/model.py" line="134"/>
        <source>⚠ To verify (last: {date})</source>
        <translation>⚠ À vérifier (dernière : {date})</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts/tab.py" line="205"/>
        <source>{name}: verified today</source>
        <translation>{name} : vérifié aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/tab.py" line="212"/>
        <location filename="../../ui/contacts/tab.py" line="222"/>
        <source>Saved: {name}</source>
        <translation>Enregistré : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/tab.py" line="229"/>
        <source>Delete the contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/tab.py" line="230"/>
        <source>Delete the contact “{name}”?</source>
        <translation>Supprimer le contact « {name} » ?</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/tab.py" line="238"/>
        <source>Deleted: {name}</source>
        <translation>Supprimé : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/tab.py" line="249"/>
        <source>Search: name, organisation, role, phone digits…</source>
        <translation>Rechercher : nom, organisation, rôle, chiffres du téléphone…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/tab.py" line="250"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/tab.py" line="251"/>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/tab.py" line="254"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/tab.py" line="255"/>
        <source>New contact…</source>
        <translation>Nouveau contact…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/tab.py" line="256"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/tab.py" line="257"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/tab.py" line="258"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/incident_log/correction_dialog.py" line="21"/>
        <source>Correct an entry</source>
        <translation>Corriger une entrée</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/correction_dialog.py" line="22"/>
        <source>Logged by {author}: {text}</source>
        <translation>Consigné par {author} : {text}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/correction_dialog.py" line="25"/>
        <source>The log is never erased: the correction is added as a new entry linked to this one.</source>
        <translation>La main courante n&apos;est jamais effacée : la correction est ajoutée comme nouvelle entrée liée à celle-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/correction_dialog.py" line="29"/>
        <source>Corrected text</source>
        <translation>Texte corrigé</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/words/error_messages.py" line="18"/>
        <source>No plan file at {path}.</source>
        <translation>Aucun fichier de plan à {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="20"/>
        <source>A file already exists at {path}; choose another name.</source>
        <translation>Un fichier existe déjà à {path} ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="22"/>
        <source>{path} is not a Crisis Cell plan.</source>
        <translation>{path} n&apos;est pas un plan Crisis Cell.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="24"/>
        <source>{path} was written by a newer version of Crisis Cell; update the app to open it.</source>
        <translation>{path} a été écrit par une version plus récente de Crisis Cell ; mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="28"/>
        <source>{path} is damaged; open the last good backup.</source>
        <translation>{path} est endommagé ; ouvrez la dernière sauvegarde saine.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="30"/>
        <source>{path} is being written by another program; try again in a moment.</source>
        <translation>{path} est en cours d&apos;écriture par un autre programme ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="33"/>
        <source>{path} cannot be written (read-only file or folder).</source>
        <translation>Impossible d&apos;écrire dans {path} (fichier ou dossier en lecture seule).</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="35"/>
        <source>The disk holding {path} is full; nothing was saved.</source>
        <translation>Le disque contenant {path} est plein ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="151"/>
        <source>the only keyring here keeps secrets in plain files, so Crisis Cell does not use it</source>
        <translation>le seul trousseau présent garde les secrets dans des fichiers en clair, Crisis Cell ne l&apos;utilise donc pas</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="156"/>
        <source>no keyring service runs on this computer</source>
        <translation>aucun service de trousseau ne fonctionne sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="158"/>
        <source>a passphrase was chosen for this plan</source>
        <translation>une phrase secrète a été choisie pour ce plan</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="44"/>
        <source>The disk holding {path} failed to read or write it ({detail}); nothing was saved. Check the drive (removed, failing, network gone) and try again.</source>
        <translation>Le disque contenant {path} n&apos;a pas pu le lire ou l&apos;écrire ({detail}) ; rien n&apos;a été enregistré. Vérifiez le support (retiré, défaillant, réseau coupé) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="48"/>
        <source>{path} cannot be opened ({detail}): its folder is missing, it is a folder, or you may not open it.</source>
        <translation>{path} ne peut pas être ouvert ({detail}) : son dossier n&apos;existe pas, c&apos;est un dossier, ou vous n&apos;avez pas le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="37"/>
        <source>{path} is cut short ({detail}); it was not opened. Restore it from a backup.</source>
        <translation>{path} est tronqué ({detail}) ; il n&apos;a pas été ouvert. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="41"/>
        <source>That key does not open this plan ({path}: {detail}); the file was not changed.</source>
        <translation>Cette clé n&apos;ouvre pas ce plan ({path} : {detail}) ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="44"/>
        <source>That passphrase does not open this plan ({path}); the file was not changed. Try again, or use the recovery key.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ce plan ({path}) ; le fichier n&apos;a pas été modifié. Réessayez, ou utilisez la clé de secours.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="60"/>
        <source>The key file {path} is damaged ({detail}); nothing was changed. Open the plan with its recovery key (from its recovery sheet).</source>
        <translation>Le fichier de clés {path} est endommagé ({detail}) ; rien n&apos;a été modifié. Ouvrez le plan avec sa clé de secours (sur sa fiche de secours).</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="60"/>
        <source>The key file beside {path} belongs to another plan ({detail}); nothing was changed. Put the plan&apos;s own key file beside it, or open it with its recovery key.</source>
        <translation>Le fichier de clés à côté de {path} appartient à un autre plan ({detail}) ; rien n&apos;a été modifié. Placez à côté le fichier de clés de ce plan, ou ouvrez-le avec sa clé de secours.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="60"/>
        <source>A key change of {path} was interrupted ({detail}); the file was not changed.</source>
        <translation>Un changement de clé de {path} a été interrompu ({detail}) ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="60"/>
        <source>The backup {path} was made before a key change of the plan, with a key no longer kept; it opens with the passphrase or recovery key of that time (crisiscell restore --backup-passphrase-env VAR). It is not damaged; nothing was changed.</source>
        <translation>La sauvegarde {path} a été faite avant un changement de clé du plan, avec une clé qui n&apos;est plus conservée ; elle s&apos;ouvre avec la phrase secrète ou la clé de secours de l&apos;époque (crisiscell restore --backup-passphrase-env VAR). Elle n&apos;est pas endommagée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="47"/>
        <source>The key of {path} is protected by a passphrase, not kept in the keyring ({detail}); type it to open the plan.</source>
        <translation>La clé de {path} est protégée par une phrase secrète, pas gardée dans le trousseau ({detail}) ; tapez-la pour ouvrir le plan.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="51"/>
        <source>The key of {path} is not on this computer ({detail}). Open it with its recovery key (from its recovery sheet).</source>
        <translation>La clé de {path} n&apos;est pas sur cet ordinateur ({detail}). Ouvrez-le avec sa clé de secours (sur sa feuille de secours).</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="55"/>
        <source>No keyring can be used on this computer ({detail}): the key of {path} is protected by a passphrase instead, or opened with its recovery key.</source>
        <translation>Aucun trousseau n&apos;est utilisable sur cet ordinateur ({detail}) : la clé de {path} est protégée par une phrase secrète à la place, ou ouverte avec sa clé de secours.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="59"/>
        <source>The keyring found keeps secrets in plain files ({detail}); Crisis Cell does not put keys there. A passphrase protects the plan instead.</source>
        <translation>Le trousseau trouvé garde les secrets dans des fichiers en clair ({detail}) ; Crisis Cell n&apos;y met pas de clé. Une phrase secrète protège le plan à la place.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="63"/>
        <source>{path} is already open in another Crisis Cell window; close it there first.</source>
        <translation>{path} est déjà ouvert dans une autre fenêtre de Crisis Cell ; fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="67"/>
        <source>A key change or a restore of {path} is under way; nothing was written. Try again in a moment.</source>
        <translation>Un changement de clé ou une restauration de {path} est en cours ; rien n’a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="71"/>
        <source>{path} is open in a Crisis Cell window or command; close it first, as the file is about to be replaced.</source>
        <translation>{path} est ouvert dans une fenêtre ou une commande Crisis Cell ; fermez-la d’abord, car le fichier va être remplacé.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="75"/>
        <source>{path} cannot be used from this folder ({detail}): a synced or network folder can corrupt a live plan. Move the plan to a folder of this computer.</source>
        <translation>{path} ne peut pas être utilisé depuis ce dossier ({detail}) : un dossier synchronisé ou réseau peut corrompre un plan en service. Déplacez le plan dans un dossier de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="79"/>
        <source>{path} is not encrypted ({detail}); encrypt it with: crisiscell encrypt --plan {path}</source>
        <translation>{path} n&apos;est pas chiffré ({detail}) ; chiffrez-le avec : crisiscell encrypt --plan {path}</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="83"/>
        <source>{path} is damaged and no backup of it verifies; the file was not changed. Look for a copy on your backup drive.</source>
        <translation>{path} est endommagé et aucune de ses sauvegardes n&apos;est saine ; le fichier n&apos;a pas été modifié. Cherchez une copie sur votre disque de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="87"/>
        <source>The plan file {path} could not be used.</source>
        <translation>Le fichier de plan {path} n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="96"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="98"/>
        <source>Too long (at most {n} characters).</source>
        <translation>Trop long ({n} caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="101"/>
        <source>“{value}” is not a valid phone number.</source>
        <translation>« {value} » n&apos;est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="104"/>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>« {value} » n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="107"/>
        <source>Must be between {min} and {max}.</source>
        <translation>Doit être compris entre {min} et {max}.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="110"/>
        <source>Must be a whole number.</source>
        <translation>Doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="136"/>
        <source>“{value}” is not a time; type e.g. 04/12/2026 14:00, 14:00, tomorrow 9:00 or +72h.</source>
        <translation>« {value} » n’est pas une heure ; tapez par exemple 04/12/2026 14:00, 14:00, demain 9h ou +72h.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="136"/>
        <source>“{value}”: that day does not exist.</source>
        <translation>« {value} » : ce jour n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="136"/>
        <source>“{value}”: that time does not exist.</source>
        <translation>« {value} » : cette heure n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="136"/>
        <source>“{value}”: add the time, e.g. 14:00.</source>
        <translation>« {value} » : ajoutez l’heure, par exemple 14:00.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="136"/>
        <source>“{value}” is more than a year away; check it.</source>
        <translation>« {value} » est à plus d’un an ; vérifiez.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="112"/>
        <source>“{value}” is not a date (YYYY-MM-DD).</source>
        <translation>« {value} » n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="115"/>
        <source>Choose one of the proposed values.</source>
        <translation>Choisissez l&apos;une des valeurs proposées.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="117"/>
        <source>This incident is not in the plan.</source>
        <translation>Cet incident n&apos;est pas dans le plan.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="119"/>
        <source>The deputy cannot be the holder.</source>
        <translation>Le suppléant ne peut pas être le titulaire.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="120"/>
        <source>Refused value ({reason}).</source>
        <translation>Valeur refusée ({reason}).</translation>
    </message>
    <message>
        <source>Contains a control character ({character}, character {position}) that this field does not take.</source>
        <translation>Contient un caractère de contrôle ({character}, caractère {position}) que ce champ n’accepte pas.</translation>
    </message>
    <message>
        <source>Contains a text-direction control ({character}, character {position}) that can make it read as something else; this field does not take it.</source>
        <translation>Contient un caractère de contrôle du sens d’écriture ({character}, caractère {position}) qui peut faire lire autre chose ; ce champ ne l’accepte pas.</translation>
    </message>
    <message>
        <source>This is not valid text.</source>
        <translation>Ce n’est pas un texte valide.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="130"/>
        <source>This record no longer exists (deleted on another laptop?).</source>
        <translation>Cet élément n&apos;existe plus (supprimé sur un autre ordinateur ?).</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="132"/>
        <source>This plan has no incident yet: there is no log to print.</source>
        <translation>Ce plan n&apos;a encore aucun incident : il n&apos;y a pas de main courante à imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="134"/>
        <source>The PDF cannot be written to {path} ({detail}); nothing was written. Choose another folder.</source>
        <translation>Le PDF ne peut pas être écrit dans {path} ({detail}) ; rien n&apos;a été écrit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="139"/>
        <source>Not possible in the current state ({reason}).</source>
        <translation>Impossible dans l&apos;état actuel ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="142"/>
        <source>Refused ({code}).</source>
        <translation>Refusé ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="88"/>
        <source>The write-ahead log of {path} is damaged ({detail}), so the plan was not opened for writing. Keep it as it is (those commits are lost; the damaged log is kept aside) or restore the last backup.</source>
        <translation>Le journal d&apos;écriture anticipée (-wal) de {path} est endommagé ({detail}) : le plan n&apos;a pas été ouvert en écriture. Gardez-le tel quel (ces validations sont perdues ; le journal endommagé est mis de côté) ou restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="103"/>
        <source>incident {incident}, from entry {seq}</source>
        <translation>incident {incident}, à partir de l&apos;entrée {seq}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/error_messages.py" line="105"/>
        <source>%n entries this laptop saw committed are missing from the plan file ({where}). Its write-ahead log (-wal) may have been deleted or the file replaced by an older copy: look for them before writing on, or restore a backup.</source>
        <translation>
            <numerusform>%n entrée que cet ordinateur a vue enregistrée manque dans le fichier du plan ({where}). Son journal d&apos;écriture anticipée (-wal) a pu être supprimé ou le fichier remplacé par une copie plus ancienne : cherchez-la avant de continuer à écrire, ou restaurez une sauvegarde.</numerusform>
            <numerusform>%n entrées que cet ordinateur a vues enregistrées manquent dans le fichier du plan ({where}). Son journal d&apos;écriture anticipée (-wal) a pu être supprimé ou le fichier remplacé par une copie plus ancienne : cherchez-les avant de continuer à écrire, ou restaurez une sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="112"/>
        <source>In incident {incident}, entry {seq} is not the one this laptop saw committed: the log was rewritten.</source>
        <translation>Dans l&apos;incident {incident}, l&apos;entrée {seq} n&apos;est pas celle que cet ordinateur a vue enregistrée : le journal a été réécrit.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="86"/>
        <source>Refused: {path} is {what}; nothing was written. Choose another file.</source>
        <translation>Refusé : {path} est {what} ; rien n&apos;a été écrit. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="85"/>
        <source>a link to {what}</source>
        <translation>un lien vers {what}</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="100"/>
        <source>the plan</source>
        <translation>le plan lui-même</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="102"/>
        <source>the plan&apos;s write-ahead log</source>
        <translation>le journal d&apos;écriture anticipée (-wal) du plan</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="104"/>
        <source>the index of the plan&apos;s write-ahead log</source>
        <translation>l&apos;index (-shm) du journal d&apos;écriture anticipée du plan</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="106"/>
        <source>the plan&apos;s key file</source>
        <translation>le fichier de clés du plan</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="108"/>
        <source>a lock file of the plan</source>
        <translation>un fichier de verrou du plan</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="110"/>
        <source>a backup of the plan</source>
        <translation>une sauvegarde du plan</translation>
    </message>
    <message>
        <location filename="../../ui/words/error_messages.py" line="111"/>
        <source>a file of another plan</source>
        <translation>un fichier d&apos;un autre plan</translation>
    </message>
    <message>
        <source>That call would make a loop: this person is already above the caller in the call tree. Nothing was changed.</source>
        <translation>Cet appel ferait une boucle : cette personne est déjà au-dessus de l&apos;appelant dans l&apos;arbre d&apos;appel. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This person is already called in the call tree; to have someone else call them, use “Change caller…”. Nothing was changed.</source>
        <translation>Cette personne est déjà appelée dans l&apos;arbre d&apos;appel ; pour qu&apos;une autre personne l&apos;appelle, utilisez « Changer d&apos;appelant… ». Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A role named “{value}” already exists.</source>
        <translation>Un rôle nommé « {value} » existe déjà.</translation>
    </message>
    <message>
        <source>A standard role cannot be renamed or removed; it may stay vacant.</source>
        <translation>Un rôle standard ne peut être ni renommé ni retiré ; il peut rester vacant.</translation>
    </message>
    <message>
        <source>A role&apos;s name cannot contain “:”.</source>
        <translation>Le nom d&apos;un rôle ne peut pas contenir « : ».</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (e.g. https://www.example.fr).</source>
        <translation>« {value} » n’est pas une adresse web (par exemple https://www.exemple.fr).</translation>
    </message>
    <message>
        <source>A regulatory clock needs a title and a number of hours.</source>
        <translation>Un délai réglementaire demande un intitulé et un nombre d’heures.</translation>
    </message>
    <message>
        <source>This entry belongs to another incident.</source>
        <translation>Cette entrée appartient à un autre incident.</translation>
    </message>
    <message>
        <source>“{value}” is not a country code; type two letters, e.g. FR, BE, CH, CA.</source>
        <translation>« {value} » n&apos;est pas un code de pays : tapez deux lettres, par exemple FR, BE, CH, CA.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../ui/window/header.py" line="93"/>
        <source>No active incident</source>
        <translation>Aucun incident en cours</translation>
    </message>
    <message>
        <location filename="../../ui/window/header.py" line="97"/>
        <source>EXERCISE — </source>
        <translation>EXERCICE — </translation>
    </message>
    <message>
        <location filename="../../ui/window/header.py" line="100"/>
        <source>Level: {level}</source>
        <translation>Niveau : {level}</translation>
    </message>
    <message>
        <location filename="../../ui/window/header.py" line="102"/>
        <source>Crisis level: {level}</source>
        <translation>Niveau de crise : {level}</translation>
    </message>
    <message>
        <location filename="../../ui/window/header.py" line="121"/>
        <source>Time since the incident opened: {t}</source>
        <translation>Temps écoulé depuis l&apos;ouverture de l&apos;incident : {t}</translation>
    </message>
    <message>
        <location filename="../../ui/window/header.py" line="125"/>
        <source>You are: {name}</source>
        <translation>Vous êtes : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/window/header.py" line="126"/>
        <source>(no name — set it in Settings)</source>
        <translation>(sans nom — à saisir dans Réglages)</translation>
    </message>
    <message>
        <location filename="../../ui/window/header.py" line="130"/>
        <source>Offline — everything is stored on this computer · last save {time}</source>
        <translation>Hors ligne — tout est enregistré sur cet ordinateur · dernier enregistrement {time}</translation>
    </message>
</context>
<context>
    <name>IncidentLogTab</name>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="108"/>
        <source>Incident shown</source>
        <extracomment>Kind of entry → the shortcut that picks it while typing. How long the draft waits after the last keystroke before it is written (ms).</extracomment>
        <translation>Incident affiché</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="115"/>
        <source>Crisis level</source>
        <translation>Niveau de crise</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="119"/>
        <source>Change the crisis level</source>
        <translation>Changer le niveau de crise</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="120"/>
        <source>Change the crisis level (the change is logged)</source>
        <translation>Changer le niveau de crise (le changement est consigné)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="124"/>
        <source>Open an incident…</source>
        <translation>Ouvrir un incident…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="126"/>
        <source>Activate the call tree…</source>
        <translation>Déclencher l&apos;arbre d&apos;appel…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="128"/>
        <source>Close the incident…</source>
        <translation>Clôturer l&apos;incident…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="130"/>
        <source>Post-crisis review…</source>
        <translation>Retour d&apos;expérience…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="133"/>
        <source>Incident:</source>
        <translation>Incident :</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="136"/>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="150"/>
        <source>Show entries of kind</source>
        <translation>Afficher les entrées du type</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="151"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="156"/>
        <source>Search the log (Ctrl+F)…</source>
        <translation>Rechercher dans la main courante (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="157"/>
        <source>Search the log</source>
        <translation>Rechercher dans la main courante</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="162"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="167"/>
        <source>Incident log</source>
        <translation>Main courante</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="181"/>
        <source>Corrected at {time}</source>
        <translation>Corrigée à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="188"/>
        <source>Selected entry</source>
        <translation>Entrée sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="203"/>
        <source>Kind of entry</source>
        <translation>Type d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="210"/>
        <source>New log entry</source>
        <translation>Nouvelle entrée de main courante</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="212"/>
        <location filename="../../ui/incident_log/tab.py" line="377"/>
        <source>Type what happens, then Enter to log it (Ctrl+L comes back here)</source>
        <translation>Saisissez ce qui se passe, puis Entrée pour le consigner (Ctrl+L ramène ici)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="216"/>
        <source>Log</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="218"/>
        <location filename="../../ui/incident_log/tab.py" line="554"/>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="219"/>
        <source>Correct the selected entry (a new linked entry; the original stays visible)</source>
        <translation>Corriger l&apos;entrée sélectionnée (nouvelle entrée liée ; l&apos;originale reste visible)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="229"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="274"/>
        <source>Kind of entry:</source>
        <translation>Type d&apos;entrée :</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="318"/>
        <source>No incident yet</source>
        <translation>Aucun incident pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="322"/>
        <source>ACTIVE</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="322"/>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="323"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="347"/>
        <source>An incident is already active: close it first.</source>
        <translation>Un incident est déjà en cours : clôturez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="353"/>
        <source>No incident is open. Open one to start the log.</source>
        <translation>Aucun incident ouvert. Ouvrez-en un pour commencer la main courante.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="358"/>
        <source>Active incident — type below, Enter logs the line.</source>
        <translation>Incident en cours — saisissez ci-dessous, Entrée consigne la ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="360"/>
        <source>EXERCISE — </source>
        <translation>EXERCICE — </translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="362"/>
        <source>This incident is closed: its log is read-only (entries can no longer be added).</source>
        <translation>Cet incident est clôturé : sa main courante est en lecture seule (on ne peut plus y ajouter d&apos;entrée).</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="372"/>
        <source>Open an incident to log entries.</source>
        <translation>Ouvrez un incident pour consigner.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="373"/>
        <source>Closed incident: read-only.</source>
        <translation>Incident clôturé : lecture seule.</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvée</numerusform>
            <numerusform>%n trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="432"/>
        <source>Close the incident</source>
        <translation>Clôturer l&apos;incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="433"/>
        <source>Close “{title}”? Its log becomes read-only.</source>
        <translation>Clôturer « {title} » ? Sa main courante passera en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="467"/>
        <source>The plan has no call tree yet (Contacts tab).</source>
        <translation>Le plan n&apos;a pas encore d&apos;arbre d&apos;appel (onglet Contacts).</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="485"/>
        <source>Nothing to log: type the entry first.</source>
        <translation>Rien à consigner : saisissez d&apos;abord l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="488"/>
        <source>No active incident: open one to log entries.</source>
        <translation>Aucun incident en cours : ouvrez-en un pour consigner.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="509"/>
        <source>The draft could not be kept on disk: {e}</source>
        <translation>Le brouillon n&apos;a pas pu être conservé sur le disque : {e}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="537"/>
        <source>Select the entry to correct first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;entrée à corriger.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="1"/>
        <source>Keep this kind</source>
        <translation>Garder ce type</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="1"/>
        <source>Unticked, the kind goes back to Observation after each entry</source>
        <translation>Décoché, le type revient à Constat après chaque entrée</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="1"/>
        <source>Type what happens, then Enter to log it</source>
        <translation>Ce qui se passe, puis Entrée pour consigner</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="1"/>
        <source>“02:40 text”: the time it happened · Alt+1…6: kind · Ctrl+L: back here</source>
        <translation>« 02:40 texte » : l'heure des faits · Alt+1…6 : type · Ctrl+L : revenir ici</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="1"/>
        <source>CLOSED</source>
        <translation>CLÔTURÉ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/tab.py" line="1"/>
        <source>Closed; last level: {level}</source>
        <translation>Clôturé ; dernier niveau : {level}</translation>
    </message>
</context>
<context>
    <name>InformationPanel</name>
    <message>
        <source>Set status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>One click sets the status</source>
        <translation>Un clic change le statut</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="130"/>
        <location filename="../../ui/incident_log/side_panels.py" line="150"/>
        <source>Incoming information</source>
        <translation>Information entrante</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="134"/>
        <location filename="../../ui/incident_log/side_panels.py" line="145"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="134"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="135"/>
        <source>Set status (one click)</source>
        <translation>Changer le statut (un clic)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="148"/>
        <location filename="../../ui/incident_log/side_panels.py" line="178"/>
        <source>To verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="148"/>
        <location filename="../../ui/incident_log/side_panels.py" line="178"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="148"/>
        <location filename="../../ui/incident_log/side_panels.py" line="179"/>
        <source>False</source>
        <translation>Fausse</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="1"/>
        <source>Source of the check</source>
        <translation>Source de la vérification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="1"/>
        <source>Source (optional), then click a status</source>
        <translation>Source (facultatif), puis cliquez un statut</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="1"/>
        <source>Who or what confirmed it (a call, a site, a person): recorded with the next status you click, with your name</source>
        <translation>Qui ou quoi l'a confirmée (un appel, un site, une personne) : consignée avec le prochain statut cliqué, avec votre nom</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="1"/>
        <source>Status (one click)</source>
        <translation>Statut (un clic)</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../ui/incident_log/journal_model.py" line="61"/>
        <source>Time</source>
        <extracomment>Background of an information row by status (the status is also written in the row). While True, a reload leaves the incident&apos;s links (corrections, statuses: one pass over the whole log) for `ensure_links()`: the window&apos;s first paint does not wait.</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/journal_model.py" line="61"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/journal_model.py" line="61"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/journal_model.py" line="61"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/journal_model.py" line="62"/>
        <source>Status / link</source>
        <translation>Statut / lien</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/journal_model.py" line="250"/>
        <source>(entry unavailable)</source>
        <translation>(entrée indisponible)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/journal_model.py" line="294"/>
        <source>Corrects the entry of {time}</source>
        <translation>Corrige l&apos;entrée de {time}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/journal_model.py" line="297"/>
        <source>Corrects an entry</source>
        <translation>Corrige une entrée</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/journal_model.py" line="300"/>
        <source>Corrected at {time}</source>
        <translation>Corrigée à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/journal_model.py" line="1"/>
        <source>Time (happened)</source>
        <translation>Heure (faits)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/journal_model.py" line="1"/>
        <source>Happened {occurred}, logged {logged}</source>
        <translation>Survenu le {occurred}, consigné le {logged}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/words/labels.py" line="17"/>
        <source>Watch</source>
        <translation>Veille</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="18"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="19"/>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="20"/>
        <source>Major crisis</source>
        <translation>Crise majeure</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="24"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="25"/>
        <source>Incoming information</source>
        <translation>Information entrante</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="26"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="27"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="28"/>
        <location filename="../../ui/words/labels.py" line="48"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="29"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="30"/>
        <source>Level change</source>
        <translation>Changement de niveau</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="31"/>
        <source>Status change</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="34"/>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="35"/>
        <source>Crisis cell</source>
        <translation>Cellule de crise</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="36"/>
        <source>Management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="37"/>
        <source>Communication agency</source>
        <translation>Agence de communication</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="38"/>
        <source>Lawyers</source>
        <translation>Avocats</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="39"/>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="40"/>
        <location filename="../../ui/words/labels.py" line="74"/>
        <source>Authorities</source>
        <translation>Autorités</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="41"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="42"/>
        <source>Key partners</source>
        <translation>Partenaires clés</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="43"/>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="47"/>
        <source>Crisis director</source>
        <translation>Directeur de crise</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="49"/>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="50"/>
        <source>Human resources</source>
        <translation>Ressources humaines</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="51"/>
        <source>IT</source>
        <translation>Informatique</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="52"/>
        <source>Community manager</source>
        <translation>Community manager</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="53"/>
        <source>Scribe</source>
        <translation>Scribe</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="54"/>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="58"/>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="59"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="60"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="61"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="62"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="63"/>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="64"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="65"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="66"/>
        <source>Phone script</source>
        <translation>Script téléphonique</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="70"/>
        <source>Employees</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="71"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="72"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="73"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="75"/>
        <source>General public</source>
        <translation>Grand public</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="79"/>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="80"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="81"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="82"/>
        <source>Cyberattack</source>
        <translation>Cyberattaque</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="83"/>
        <source>Data leak</source>
        <translation>Fuite de données</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="84"/>
        <source>Labour relations</source>
        <translation>Conflit social</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="85"/>
        <source>Industrial accident</source>
        <translation>Accident industriel</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="86"/>
        <source>Misinformation</source>
        <translation>Désinformation</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="87"/>
        <source>Regulatory</source>
        <translation>Réglementaire</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="88"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="89"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="93"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="94"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="95"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="96"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="100"/>
        <source>To verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="101"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="102"/>
        <source>False</source>
        <translation>Fausse</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="106"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="107"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="111"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="112"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back to the incident log&apos;s entry line</source>
        <translation>Revenir à la ligne de saisie de la main courante</translation>
    </message>
    <message>
        <source>Search in the current tab</source>
        <translation>Rechercher dans l’onglet affiché</translation>
    </message>
    <message>
        <source>Show tab {n}</source>
        <translation>Afficher l’onglet {n}</translation>
    </message>
    <message>
        <source>About Crisis Cell</source>
        <translation>À propos de Crisis Cell</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Entry kind: {kind}</source>
        <translation>Nature de l’entrée : {kind}</translation>
    </message>
    <message>
        <source>No file manager could be started either. The PDF is in {folder} (select this text to copy it).</source>
        <translation>Aucun gestionnaire de fichiers n’a pu être lancé non plus. Le PDF est dans {folder} (sélectionnez ce texte pour le copier).</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>The PDF is saved, but no PDF viewer could be started on this computer. Open it yourself: {path}</source>
        <translation>Le PDF est enregistré, mais aucune visionneuse PDF n’a pu être lancée sur cet ordinateur. Ouvrez-le vous-même : {path}</translation>
    </message>
    <message>
        <source>You sign as {name}: Settings → Who am I?… to change it.</source>
        <translation>Vous signez en tant que {name} : Réglages → Qui suis-je ?… pour changer.</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="159"/>
        <source>The automatic backup failed: {reason} Your work is still saved in the plan; the backup will be tried again.</source>
        <extracomment>The four tabs in their agreed order (Ctrl+1..4): module and class, imported when first shown. Opening size when no geometry is remembered: fits a 1366×768 laptop screen with its title bar and a panel. How often the window looks at the backup thread&apos;s last error (an attribute read, no I/O). Shows written PDFs (tests put a recorder here: no viewer is started by a test).</extracomment>
        <translation>La sauvegarde automatique a échoué : {reason} Votre travail reste enregistré dans le plan ; la sauvegarde sera retentée.</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="172"/>
        <source>PDF saved: {path}</source>
        <translation>PDF enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="196"/>
        <source>Recovery sheet saved: {path}. Print it and keep it in a safe, away from this laptop; then delete the file.</source>
        <translation>Feuille de secours enregistrée : {path}. Imprimez-la et rangez-la dans un coffre, loin de cet ordinateur ; puis supprimez le fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="208"/>
        <source>The recovery sheet is not saved yet: File → Save recovery sheet… when you can. Without it, a lost key means a lost plan.</source>
        <translation>La feuille de secours n&apos;est pas encore enregistrée : Fichier → Enregistrer la feuille de secours… dès que possible. Sans elle, une clé perdue, c&apos;est un plan perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="343"/>
        <source>Who am I?</source>
        <translation>Qui suis-je ?</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="344"/>
        <source>Your name (signs what you log):</source>
        <translation>Votre nom (il signe ce que vous consignez) :</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="369"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="370"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="371"/>
        <source>Save recovery sheet…</source>
        <translation>Enregistrer la feuille de secours…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="372"/>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="373"/>
        <source>Who am I?…</source>
        <translation>Qui suis-je ?…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="374"/>
        <source>Language / Langue</source>
        <translation>Langue / Language</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="375"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="377"/>
        <source>1 · Incident log</source>
        <translation>1 · Main courante</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="378"/>
        <source>2 · Risks</source>
        <translation>2 · Risques</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="379"/>
        <source>3 · Contacts</source>
        <translation>3 · Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="380"/>
        <source>4 · Messages</source>
        <translation>4 · Messages</translation>
    </message>
    <message>
        <source>Plan settings…</source>
        <translation>Paramètres du plan…</translation>
    </message>
    <message>
        <source>Plan settings saved: {organisation}, documents and automatic log entries in {language}, phone numbers read for {region}.</source>
        <translation>Paramètres du plan enregistrés : {organisation}, documents et inscriptions automatiques en {language}, numéros lus pour {region}.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../../ui/messages/editor.py" line="45"/>
        <source>Message title</source>
        <translation>Titre du message</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="47"/>
        <location filename="../../ui/messages/editor.py" line="94"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="53"/>
        <location filename="../../ui/messages/editor.py" line="96"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="57"/>
        <location filename="../../ui/messages/editor.py" line="97"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="62"/>
        <location filename="../../ui/messages/editor.py" line="98"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="66"/>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="69"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="76"/>
        <source>Ready text preview</source>
        <translation>Aperçu du texte prêt</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="78"/>
        <location filename="../../ui/messages/editor.py" line="127"/>
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="83"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="85"/>
        <source>Copy ready text</source>
        <translation>Copier le texte prêt</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="86"/>
        <source>Copy the filled text and log it in the active incident</source>
        <translation>Copier le texte complété et le consigner dans l&apos;incident en cours</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="89"/>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="93"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="114"/>
        <source>Placeholders filled from the plan and the active incident; those still in {braces} must be completed by hand.</source>
        <translation>Champs remplis depuis le plan et l&apos;incident en cours ; ceux encore entre accolades sont à compléter à la main.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="125"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="126"/>
        <source>Ready text (preview)</source>
        <translation>Texte prêt (aperçu)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="153"/>
        <source>— any scenario —</source>
        <translation>— tous les scénarios —</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="180"/>
        <source>New message (draft until saved and approved).</source>
        <translation>Nouveau message (brouillon jusqu&apos;à enregistrement et approbation).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="182"/>
        <source>Draft — not approved (version {v}).</source>
        <translation>Brouillon — non approuvé (version {v}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="187"/>
        <source>⚠ APPROVAL EXPIRED on {until} (approved by {who} on {when}): have it approved again before use.</source>
        <translation>⚠ APPROBATION EXPIRÉE le {until} (approuvé par {who} le {when}) : faites-le réapprouver avant usage.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="192"/>
        <source>✔ Approved by {who} on {when}, valid until {until} (version {v}).</source>
        <translation>✔ Approuvé par {who} le {when}, valable jusqu&apos;au {until} (version {v}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="204"/>
        <source>Version {v} — approved by {who} on {when}</source>
        <translation>Version {v} — approuvée par {who} le {when}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="207"/>
        <source>Earlier versions ({n})</source>
        <translation>Versions précédentes ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) (no limit on this channel)</source>
        <translation>
            <numerusform>%n caractère (pas de limite sur ce canal)</numerusform>
            <numerusform>%n caractères (pas de limite sur ce canal)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="221"/>
        <source>{n} / {limit} characters — OVER BY {over}</source>
        <translation>{n} / {limit} caractères — DÉPASSEMENT DE {over}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="225"/>
        <source>{n} / {limit} characters</source>
        <translation>{n} / {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="257"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="267"/>
        <source>Copied. No active incident: nothing was logged.</source>
        <translation>Copié. Aucun incident en cours : rien n&apos;a été consigné.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="280"/>
        <source>Copied, but not logged: {why}</source>
        <translation>Copié, mais non consigné : {why}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/editor.py" line="283"/>
        <source>Copied and logged in “{title}”.</source>
        <translation>Copié et consigné dans « {title} ».</translation>
    </message>
    <message>
        <source>Placeholders to fill</source>
        <translation>Champs à compléter</translation>
    </message>
    <message>
        <source>The text&apos;s placeholders, filled from the plan and the active incident where known: complete the others before copying. Filling does not change the message or its approval.</source>
        <translation>Les champs du texte, remplis à partir du plan et de l’incident en cours quand ils sont connus : complétez les autres avant de copier. Les remplir ne modifie ni le message ni sa validation.</translation>
    </message>
    <message>
        <source>Ready text (fill in)</source>
        <translation>Texte prêt (à compléter)</translation>
    </message>
    <message>
        <source>to fill in</source>
        <translation>à compléter</translation>
    </message>
    <message>
        <source>Value of {name}</source>
        <translation>Valeur de {name}</translation>
    </message>
    <message>
        <source>Keep for the plan</source>
        <translation>Garder pour le plan</translation>
    </message>
    <message>
        <source>Save this address in the plan: every message's {url} will be filled with it</source>
        <translation>Enregistrer cette adresse dans le plan : le {url} de chaque message en sera rempli</translation>
    </message>
    <message>
        <source>To fill in before copying: {names}</source>
        <translation>À compléter avant de copier : {names}</translation>
    </message>
    <message>
        <source>✔ Every placeholder is filled.</source>
        <translation>✔ Tous les champs sont remplis.</translation>
    </message>
    <message>
        <source>This text has no placeholder.</source>
        <translation>Ce texte n’a aucun champ à compléter.</translation>
    </message>
    <message>
        <source>The plan's web address is now {url}.</source>
        <translation>L’adresse web du plan est désormais {url}.</translation>
    </message>
    <message>
        <source>Not copied: fill in {names} first (tab “Ready text”).</source>
        <translation>Rien n’a été copié : complétez d’abord {names} (onglet « Texte prêt »).</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Spokesperson</source>
        <translation>Porte-parole</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
</context>
<context>
    <name>MessageLibraryTab</name>
    <message>
        <location filename="../../ui/messages/tab.py" line="43"/>
        <location filename="../../ui/messages/tab.py" line="71"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../ui/messages/tab.py" line="44"/>
        <location filename="../../ui/messages/tab.py" line="73"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/messages/tab.py" line="45"/>
        <location filename="../../ui/messages/tab.py" line="73"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/messages/tab.py" line="46"/>
        <location filename="../../ui/messages/tab.py" line="75"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/messages/tab.py" line="49"/>
        <location filename="../../ui/messages/tab.py" line="146"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../ui/messages/tab.py" line="52"/>
        <location filename="../../ui/messages/tab.py" line="71"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../../ui/messages/tab.py" line="59"/>
        <source>Search titles and texts (Ctrl+F)…</source>
        <translation>Rechercher dans les titres et les textes (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../ui/messages/tab.py" line="60"/>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <location filename="../../ui/messages/tab.py" line="80"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location filename="../../ui/messages/tab.py" line="83"/>
        <source>Prepared messages</source>
        <translation>Messages préparés</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>★ Messages for “{risk}”, the risk of the active incident, come first.</source>
        <translation>★ Les messages du risque « {risk} », celui de l’incident en cours, sont en tête.</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../../ui/messages/model.py" line="40"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/messages/model.py" line="40"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/messages/model.py" line="40"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../ui/messages/model.py" line="41"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/messages/model.py" line="41"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/messages/model.py" line="41"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../ui/messages/tab.py" line="127"/>
        <location filename="../../ui/messages/model.py" line="84"/>
        <source>⚠ Expired</source>
        <translation>⚠ Expirée</translation>
    </message>
    <message>
        <location filename="../../ui/messages/model.py" line="116"/>
        <source>⚠ Approval expired</source>
        <translation>⚠ Approbation expirée</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../ui/widgets/notice_bar.py" line="55"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notice_bar.py" line="56"/>
        <source>Dismiss this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>OpenIncidentDialog</name>
    <message>
        <location filename="../../ui/incident_log/open_incident_dialog.py" line="22"/>
        <source>Open an incident</source>
        <translation>Ouvrir un incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/open_incident_dialog.py" line="25"/>
        <source>Incident title</source>
        <translation>Titre de l&apos;incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/open_incident_dialog.py" line="26"/>
        <source>What is happening, in a few words</source>
        <translation>Ce qui se passe, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/open_incident_dialog.py" line="28"/>
        <source>Crisis level</source>
        <translation>Niveau de crise</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/open_incident_dialog.py" line="32"/>
        <location filename="../../ui/incident_log/open_incident_dialog.py" line="39"/>
        <source>Linked risk</source>
        <translation>Risque lié</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/open_incident_dialog.py" line="33"/>
        <source>— no linked risk —</source>
        <translation>— aucun risque lié —</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/open_incident_dialog.py" line="36"/>
        <source>This is an exercise (simulation)</source>
        <translation>C&apos;est un exercice (simulation)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/open_incident_dialog.py" line="37"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/open_incident_dialog.py" line="38"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>The risk's checklist</source>
        <translation>Liste de contrôle du risque</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due in</source>
        <translation>Échéance dans</translation>
    </message>
    <message>
        <source>Owner of “{step}”</source>
        <translation>Responsable de « {step} »</translation>
    </message>
    <message>
        <source>Due in (hours) for “{step}”</source>
        <translation>Échéance (en heures) de « {step} »</translation>
    </message>
    <message>
        <source>The risk's checklist: each ticked step becomes an action item of the incident, with its owner and a due time counted from the opening (untick what does not apply).</source>
        <translation>Liste de contrôle du risque : chaque étape cochée devient une action de l’incident, avec son responsable et une échéance comptée depuis l’ouverture (décochez ce qui ne s’applique pas).</translation>
    </message>
    <message>
        <source>Regulatory deadlines start at the opening: {list}</source>
        <translation>Les délais réglementaires courent dès l’ouverture : {list}</translation>
    </message>
</context>
<context>
    <name>PlanOpening</name>
    <message>
        <location filename="../../ui/opening/plan_opening.py" line="50"/>
        <source>The plan is damaged</source>
        <extracomment>How the window opens a plan: its lock held, and the opening backup taken off the GUI thread by the window&apos;s BackupTimer rather than inside Plan.open.</extracomment>
        <translation>Le plan est endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/opening/plan_opening.py" line="52"/>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/opening/plan_opening.py" line="54"/>
        <source>Do not open the plan</source>
        <translation>Ne pas ouvrir le plan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/opening/plan_opening.py" line="71"/>
        <source>The plan {file} is damaged, so it was not opened: nothing more can be lost.

The newest backup that verifies is from {time}, %n minute(s) before the plan&apos;s last change. Restore it? The damaged file is kept aside, never deleted.</source>
        <translation>
            <numerusform>Le plan {file} est endommagé, il n&apos;a donc pas été ouvert : rien de plus ne peut être perdu.

La sauvegarde saine la plus récente date de {time}, %n minute avant la dernière modification du plan. La restaurer ? Le fichier endommagé est mis de côté, jamais supprimé.</numerusform>
            <numerusform>Le plan {file} est endommagé, il n&apos;a donc pas été ouvert : rien de plus ne peut être perdu.

La sauvegarde saine la plus récente date de {time}, %n minutes avant la dernière modification du plan. La restaurer ? Le fichier endommagé est mis de côté, jamais supprimé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/opening/plan_opening.py" line="122"/>
        <source>The plan was restored from its backup of {time} (%n minute(s) of work before the damage were lost). The damaged file is kept as {aside}.</source>
        <translation>
            <numerusform>Le plan a été restauré depuis sa sauvegarde de {time} (%n minute de travail avant l&apos;avarie a été perdue). Le fichier endommagé est conservé sous le nom {aside}.</numerusform>
            <numerusform>Le plan a été restauré depuis sa sauvegarde de {time} (%n minutes de travail avant l&apos;avarie ont été perdues). Le fichier endommagé est conservé sous le nom {aside}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/opening/plan_opening.py" line="70"/>
        <source>The plan&apos;s write-ahead log is damaged</source>
        <translation>Le journal d&apos;écriture anticipée du plan est endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/opening/plan_opening.py" line="72"/>
        <source>Restore the last backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/opening/plan_opening.py" line="74"/>
        <source>Keep the plan as it is</source>
        <translation>Garder le plan tel quel</translation>
    </message>
    <message>
        <location filename="../../ui/opening/plan_opening.py" line="86"/>
        <source>The write-ahead log of {file} (its -wal file, part of the plan) is damaged: {detail}. The plan was not opened, so nothing more is lost.

Keep the plan as it is: it opens with what can be read, those commits are lost, and the damaged log is kept aside by name. Or restore the last backup that verifies: the current file is kept aside, never deleted.</source>
        <translation>Le journal d&apos;écriture anticipée de {file} (son fichier -wal, qui fait partie du plan) est endommagé : {detail}. Le plan n&apos;a pas été ouvert : rien de plus n&apos;est perdu.

Garder le plan tel quel : il s&apos;ouvre avec ce qui peut être lu, ces validations sont perdues et le journal endommagé est mis de côté sous son nom. Ou restaurer la dernière sauvegarde saine : le fichier actuel est mis de côté, jamais supprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/plan_opening.py" line="149"/>
        <source>The plan goes on from the readable part of its write-ahead log ({detail}). The damaged log is kept as {kept}.</source>
        <translation>Le plan repart de la partie lisible de son journal d&apos;écriture anticipée ({detail}). Le journal endommagé est conservé sous le nom {kept}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/opening/plan_opening.py" line="180"/>
        <source>This laptop&apos;s witness of the log now starts from the restored file: %n entries it saw committed after the backup are no longer expected (they stay in {aside}).</source>
        <translation>
            <numerusform>Le témoin du journal tenu par cet ordinateur repart du fichier restauré : %n entrée vue enregistrée après la sauvegarde n&apos;est plus attendue (elle reste dans {aside}).</numerusform>
            <numerusform>Le témoin du journal tenu par cet ordinateur repart du fichier restauré : %n entrées vues enregistrées après la sauvegarde ne sont plus attendues (elles restent dans {aside}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/opening/plan_opening.py" line="210"/>
        <source>Files left by a plan deleted from this place were set aside, so they cannot mix into the new plan: {names}.</source>
        <translation>Des fichiers laissés par un plan supprimé de cet emplacement ont été mis de côté, pour qu&apos;ils ne se mêlent pas au nouveau plan : {names}.</translation>
    </message>
</context>
<context>
    <name>PlanTasksPanel</name>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="217"/>
        <source>Plan tasks (from reviews)</source>
        <translation>Tâches du plan (issues des retours d&apos;expérience)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="221"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="221"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="221"/>
        <source>Review date</source>
        <translation>Date de revue</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/side_panels.py" line="222"/>
        <source>Plan tasks</source>
        <translation>Tâches du plan</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="80"/>
        <source>Save the PDF</source>
        <extracomment>Opens a written PDF (tests give a recorder: no viewer is ever started by a test). Asks where to save: (parent, suggested path) -&gt; chosen path or None. The printed title each document carries, used for its file name (plan&apos;s language).</extracomment>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="152"/>
        <source>Print</source>
        <extracomment>Emitted with the PDF&apos;s path once it is written and handed to the viewer.</extracomment>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="156"/>
        <source>Contact sheet</source>
        <translation>Annuaire de crise</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="157"/>
        <source>Wall copy (contact sheet without personal numbers)</source>
        <translation>Copie murale (annuaire sans numéros personnels)</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="158"/>
        <source>Call tree</source>
        <translation>Arbre d&apos;appel</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="159"/>
        <source>Incident report (the incident&apos;s log)</source>
        <translation>Rapport d&apos;incident (sa main courante)</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="160"/>
        <source>Plan binder (the whole plan)</source>
        <translation>Classeur du plan (le plan entier)</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="161"/>
        <source>Pocket cards</source>
        <translation>Cartes réflexe</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="162"/>
        <source>Recovery sheet (the plan&apos;s key: keep it in a safe)</source>
        <translation>Feuille de secours (la clé du plan : à garder au coffre)</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="166"/>
        <location filename="../../ui/window/print_dialog.py" line="203"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="168"/>
        <location filename="../../ui/window/print_dialog.py" line="169"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="173"/>
        <source>active</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="173"/>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="180"/>
        <location filename="../../ui/window/print_dialog.py" line="205"/>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="198"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="206"/>
        <source>The PDF is saved where you choose, then opened in your PDF viewer to print. It holds personal data: keep it safe.</source>
        <translation>Le PDF est enregistré à l&apos;endroit choisi, puis ouvert dans votre lecteur PDF pour l&apos;imprimer. Il contient des données personnelles : conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="259"/>
        <source>This plan has no incident yet: there is no log to print.</source>
        <translation>Ce plan n&apos;a encore aucun incident : il n&apos;y a pas de main courante à imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/window/print_dialog.py" line="273"/>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../ui/opening/save_recovery_sheet.py" line="25"/>
        <source>Save recovery sheet</source>
        <extracomment>Asks where to save: (parent, suggested path) -&gt; chosen path or None (tests replace it).</extracomment>
        <translation>Enregistrer la feuille de secours</translation>
    </message>
    <message>
        <location filename="../../ui/opening/save_recovery_sheet.py" line="48"/>
        <source>The recovery sheet holds the plan&apos;s key: with it the plan opens on any computer, even if this one is lost. Print it and keep it in a safe, never with the laptop.</source>
        <translation>La feuille de secours porte la clé du plan : avec elle, le plan s&apos;ouvre sur n&apos;importe quel ordinateur, même si celui-ci est perdu. Imprimez-la et rangez-la dans un coffre, jamais avec l&apos;ordinateur portable.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetOffer</name>
    <message>
        <location filename="../../ui/opening/recovery_sheet_offer.py" line="17"/>
        <source>Save the recovery sheet now</source>
        <translation>Enregistrer la feuille de secours maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/opening/recovery_sheet_offer.py" line="18"/>
        <source>Your plan is encrypted. Save its recovery sheet now.</source>
        <translation>Votre plan est chiffré. Enregistrez sa feuille de secours maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/recovery_sheet_offer.py" line="26"/>
        <source>If the passphrase is forgotten, the keyring lost or this laptop replaced, only this sheet opens the plan again.</source>
        <translation>Si la phrase secrète est oubliée, le trousseau perdu ou cet ordinateur remplacé, seule cette feuille rouvre le plan.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/recovery_sheet_offer.py" line="28"/>
        <source>It can wait: File → Save recovery sheet… saves it at any time.</source>
        <translation>Cela peut attendre : Fichier → Enregistrer la feuille de secours… l&apos;enregistre à tout moment.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/recovery_sheet_offer.py" line="31"/>
        <source>Save the recovery sheet…</source>
        <translation>Enregistrer la feuille de secours…</translation>
    </message>
    <message>
        <location filename="../../ui/opening/recovery_sheet_offer.py" line="33"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/incident_log/review_dialog.py" line="1"/>
        <source>— choose —</source>
        <translation>— à choisir —</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/review_dialog.py" line="35"/>
        <source>Post-crisis review — {title}</source>
        <translation>Retour d&apos;expérience — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/review_dialog.py" line="41"/>
        <source>What worked</source>
        <translation>Ce qui a fonctionné</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/review_dialog.py" line="42"/>
        <source>What did not work</source>
        <translation>Ce qui n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/review_dialog.py" line="43"/>
        <source>What to change</source>
        <translation>Ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/review_dialog.py" line="48"/>
        <source>Plan tasks (each with an owner and a review date)</source>
        <translation>Tâches du plan (chacune avec un responsable et une date de revue)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/review_dialog.py" line="51"/>
        <location filename="../../ui/incident_log/review_dialog.py" line="73"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/review_dialog.py" line="51"/>
        <location filename="../../ui/incident_log/review_dialog.py" line="75"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/review_dialog.py" line="51"/>
        <location filename="../../ui/incident_log/review_dialog.py" line="84"/>
        <source>Review date</source>
        <translation>Date de revue</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/review_dialog.py" line="56"/>
        <source>Plan tasks</source>
        <translation>Tâches du plan</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/review_dialog.py" line="57"/>
        <source>Add a task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/review_dialog.py" line="76"/>
        <source>— nobody yet —</source>
        <translation>— personne pour l&apos;instant —</translation>
    </message>
    <message>
        <location filename="../../ui/incident_log/review_dialog.py" line="1"/>
        <source>Choose who owns the task “{title}”: each task needs an owner.</source>
        <translation>Choisissez le responsable de la tâche « {title} » : chaque tâche en a un.</translation>
    </message>
</context>
<context>
    <name>RiskDetailPane</name>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="51"/>
        <source>Select a risk to see its details.</source>
        <translation>Sélectionnez un risque pour voir son détail.</translation>
    </message>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="62"/>
        <source>No prepared message for this risk</source>
        <translation>Aucun message préparé pour ce risque</translation>
    </message>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="73"/>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="77"/>
        <source>deleted contact</source>
        <translation>contact supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="88"/>
        <source>Score:</source>
        <translation>Score :</translation>
    </message>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="88"/>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="89"/>
        <source>Next review:</source>
        <translation>Prochaine revue :</translation>
    </message>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="89"/>
        <source>Warning signals</source>
        <translation>Signaux d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="90"/>
        <source>alert at</source>
        <translation>alerte à</translation>
    </message>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="90"/>
        <source>None recorded</source>
        <translation>Rien d&apos;enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="91"/>
        <source>Checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="130"/>
        <source>Prepared messages (click to open)</source>
        <translation>Messages préparés (cliquer pour ouvrir)</translation>
    </message>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="131"/>
        <source>Prepared messages for this risk</source>
        <translation>Messages préparés pour ce risque</translation>
    </message>
    <message>
        <location filename="../../ui/risks/detail_pane.py" line="132"/>
        <source>Risk details</source>
        <translation>Détail du risque</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="107"/>
        <location filename="../../ui/risks/risk_dialog.py" line="204"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="107"/>
        <location filename="../../ui/risks/risk_dialog.py" line="204"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="108"/>
        <source>Likelihood (1–5)</source>
        <translation>Probabilité (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="109"/>
        <source>Impact (1–5)</source>
        <translation>Impact (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="109"/>
        <location filename="../../ui/risks/risk_dialog.py" line="206"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="110"/>
        <source>Next review (YYYY-MM-DD)</source>
        <translation>Prochaine revue (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="111"/>
        <location filename="../../ui/risks/risk_dialog.py" line="207"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="112"/>
        <source>Checklist (one step a line)</source>
        <translation>Liste de vérification (une étape par ligne)</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="121"/>
        <source>New risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="121"/>
        <source>Edit risk</source>
        <translation>Modifier le risque</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="122"/>
        <location filename="../../ui/risks/risk_dialog.py" line="208"/>
        <source>Warning signals</source>
        <translation>Signaux d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="124"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="124"/>
        <source>What to watch</source>
        <translation>Ce qu&apos;il faut surveiller</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="124"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="125"/>
        <source>Add a signal</source>
        <translation>Ajouter un signal</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="126"/>
        <source>Remove the signal</source>
        <translation>Retirer le signal</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="134"/>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="134"/>
        <source>Hashtag</source>
        <translation>Hashtag</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="135"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="135"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="205"/>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="205"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="206"/>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="207"/>
        <source>Checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <location filename="../../ui/risks/risk_dialog.py" line="220"/>
        <source>{field}: {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
    <message>
        <source>Regulatory deadlines (counted from the opening of an incident on this risk)</source>
        <translation>Délais réglementaires (comptés depuis l’ouverture d’un incident sur ce risque)</translation>
    </message>
    <message>
        <source>What must be done</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Sous</translation>
    </message>
    <message>
        <source>Regulatory deadlines</source>
        <translation>Délais réglementaires</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Ajouter un délai</translation>
    </message>
    <message>
        <source>+ GDPR art. 33</source>
        <translation>+ RGPD art. 33</translation>
    </message>
    <message>
        <source>Personal-data breach: notify the supervisory authority within 72 hours</source>
        <translation>Violation de données personnelles : notifier l’autorité de contrôle (CNIL) sous 72 heures</translation>
    </message>
    <message>
        <source>+ NIS2</source>
        <translation>+ NIS2</translation>
    </message>
    <message>
        <source>Significant incident: early warning 24 h, notification 72 h, final report within one month</source>
        <translation>Incident important : alerte précoce sous 24 h, notification sous 72 h, rapport final sous un mois</translation>
    </message>
    <message>
        <source>Remove the deadline</source>
        <translation>Retirer le délai</translation>
    </message>
    <message>
        <source>Within (hours)</source>
        <translation>Sous (heures)</translation>
    </message>
    <message>
        <source>GDPR art. 33 — notify the supervisory authority</source>
        <translation>RGPD art. 33 — notifier la violation à la CNIL</translation>
    </message>
    <message>
        <source>NIS2 — early warning to the CSIRT</source>
        <translation>NIS2 — alerte précoce au CERT-FR (ANSSI)</translation>
    </message>
    <message>
        <source>NIS2 — incident notification</source>
        <translation>NIS2 — notification de l’incident</translation>
    </message>
    <message>
        <source>NIS2 — final report</source>
        <translation>NIS2 — rapport final</translation>
    </message>
</context>
<context>
    <name>RiskMatrixTab</name>
    <message>
        <location filename="../../ui/risks/tab.py" line="188"/>
        <source>All risks ({n})</source>
        <translation>Tous les risques ({n})</translation>
    </message>
    <message numerus="yes">
        <source>Likelihood {l} × impact {i}: %n risk(s)</source>
        <translation>
            <numerusform>Probabilité {l} × impact {i} : %n risque</numerusform>
            <numerusform>Probabilité {l} × impact {i} : %n risques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risks/tab.py" line="215"/>
        <source>Saved: {title}</source>
        <translation>Enregistré : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/tab.py" line="222"/>
        <source>Delete the risk</source>
        <translation>Supprimer le risque</translation>
    </message>
    <message>
        <location filename="../../ui/risks/tab.py" line="223"/>
        <source>Delete the risk “{title}”?</source>
        <translation>Supprimer le risque « {title} » ?</translation>
    </message>
    <message>
        <location filename="../../ui/risks/tab.py" line="232"/>
        <source>Deleted: {title}</source>
        <translation>Supprimé : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/risks/tab.py" line="241"/>
        <source>Show all risks</source>
        <translation>Afficher tous les risques</translation>
    </message>
    <message>
        <location filename="../../ui/risks/tab.py" line="242"/>
        <source>New risk…</source>
        <translation>Nouveau risque…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/tab.py" line="243"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/tab.py" line="244"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/risks/tab.py" line="245"/>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
</context>
<context>
    <name>RiskMatrixWidget</name>
    <message numerus="yes">
        <source>Likelihood {l} × impact {i}: {band}, %n risk(s)</source>
        <translation>
            <numerusform>Probabilité {l} × impact {i} : {band}, %n risque</numerusform>
            <numerusform>Probabilité {l} × impact {i} : {band}, %n risques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risks/matrix_widget.py" line="67"/>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <location filename="../../ui/risks/matrix_widget.py" line="70"/>
        <source>No risk in the register</source>
        <translation>Aucun risque dans le registre</translation>
    </message>
    <message>
        <location filename="../../ui/risks/matrix_widget.py" line="148"/>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <location filename="../../ui/risks/matrix_widget.py" line="153"/>
        <source>Likelihood →</source>
        <translation>Probabilité →</translation>
    </message>
</context>
<context>
    <name>RiskRegisterModel</name>
    <message>
        <location filename="../../ui/risks/register_model.py" line="26"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/risks/register_model.py" line="27"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/risks/register_model.py" line="28"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/risks/register_model.py" line="29"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/risks/register_model.py" line="30"/>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
</context>
<context>
    <name>RoleNameDialog</name>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Rename the role</source>
        <translation>Renommer le rôle</translation>
    </message>
    <message>
        <source>Role &amp;name</source>
        <translation>&amp;Nom du rôle</translation>
    </message>
    <message>
        <source>e.g. Spokesperson, Logistics</source>
        <translation>ex. Porte-parole, Logistique</translation>
    </message>
</context>
<context>
    <name>RoomErrors</name>
    <message>
        <location filename="../../ui/words/room_errors.py" line="16"/>
        <source>An incident is already active: close it before opening another.</source>
        <translation>Un incident est déjà en cours : clôturez-le avant d&apos;en ouvrir un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/words/room_errors.py" line="20"/>
        <source>This incident is closed: its log can be read, not written.</source>
        <translation>Cet incident est clôturé : sa main courante se lit mais ne s&apos;écrit plus.</translation>
    </message>
    <message>
        <location filename="../../ui/words/room_errors.py" line="24"/>
        <source>The incident is already at this level.</source>
        <translation>L&apos;incident est déjà à ce niveau.</translation>
    </message>
    <message>
        <location filename="../../ui/words/room_errors.py" line="28"/>
        <source>This action is already done.</source>
        <translation>Cette action est déjà faite.</translation>
    </message>
    <message>
        <location filename="../../ui/words/room_errors.py" line="31"/>
        <source>The text is {n} characters long; the channel allows {limit}. Shorten it before approving.</source>
        <translation>Le texte fait {n} caractères ; le canal en autorise {limit}. Raccourcissez-le avant de l&apos;approuver.</translation>
    </message>
    <message>
        <location filename="../../ui/words/room_errors.py" line="37"/>
        <source>The expiry date must come after the approval date.</source>
        <translation>La date d&apos;expiration doit suivre la date d&apos;approbation.</translation>
    </message>
    <message>
        <location filename="../../ui/words/room_errors.py" line="41"/>
        <source>“{value}” is not a date and time.</source>
        <translation>« {value} » n&apos;est pas une date et une heure.</translation>
    </message>
    <message>
        <source>This regulatory deadline is already marked as met.</source>
        <translation>Ce délai réglementaire est déjà marqué comme respecté.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/opening/start_page.py" line="93"/>
        <source>Type the organisation&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="97"/>
        <source>Type your name: it signs what you log.</source>
        <translation>Saisissez votre nom : il signe ce que vous consignez.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="110"/>
        <source>No plan was created: a passphrase is needed to protect it on this computer.</source>
        <translation>Aucun plan n&apos;a été créé : une phrase secrète est nécessaire pour le protéger sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="156"/>
        <source>The demo plan was not created: a passphrase is needed to protect it on this computer.</source>
        <translation>Le plan de démonstration n&apos;a pas été créé : une phrase secrète est nécessaire pour le protéger sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="166"/>
        <source>Open a plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="174"/>
        <source>The file could not be used: {reason}</source>
        <translation>Le fichier n&apos;a pas pu être utilisé : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="185"/>
        <source>Welcome to Crisis Cell</source>
        <translation>Bienvenue dans Crisis Cell</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="187"/>
        <source>Your crisis plan lives in one file on this computer; nothing needs the internet. Create your organisation&apos;s plan, open a plan file, or explore the demo plan.</source>
        <translation>Votre plan de crise tient dans un seul fichier sur cet ordinateur ; rien n&apos;a besoin d&apos;internet. Créez le plan de votre organisation, ouvrez un fichier de plan, ou explorez le plan de démonstration.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="189"/>
        <source>Create a new plan</source>
        <translation>Créer un nouveau plan</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="190"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="191"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="197"/>
        <source>Create the plan</source>
        <translation>Créer le plan</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="198"/>
        <source>Open a plan file…</source>
        <translation>Ouvrir un fichier de plan…</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="199"/>
        <source>Open the demo plan</source>
        <translation>Ouvrir le plan de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="200"/>
        <source>Open with recovery key…</source>
        <translation>Ouvrir avec la clé de secours…</translation>
    </message>
    <message>
        <location filename="../../ui/opening/start_page.py" line="202"/>
        <source>Open a plan file whose key is not on this computer, with the key printed on its recovery sheet</source>
        <translation>Ouvrir un fichier de plan dont la clé n&apos;est pas sur cet ordinateur, avec la clé imprimée sur sa feuille de secours</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../ui/widgets/submit_dialog.py" line="27"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Crisis Cell opens with its demo plan: a fictitious company&apos;s crisis plan, to try everything safely. Like every plan it is encrypted, and no keyring can keep its key on this computer ({detail}). Choose a passphrase for the demo plan: it will be asked each time the demo opens. Your own plan gets its own passphrase when you create it.</source>
        <translation>Crisis Cell s’ouvre sur son plan de démonstration : le plan de crise d’une entreprise fictive, pour tout essayer sans risque. Comme tout plan, il est chiffré, et aucun trousseau ne peut garder sa clé sur cet ordinateur ({detail}). Choisissez une phrase secrète pour le plan de démonstration : elle sera demandée à chaque ouverture de la démonstration. Votre propre plan aura sa propre phrase secrète quand vous le créerez.</translation>
    </message>
    <message>
        <source>A passphrase for the demo plan</source>
        <translation>Une phrase secrète pour le plan de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="54"/>
        <source>Choose a passphrase</source>
        <extracomment>The refusals this dialog can answer (anything else is shown by the caller).</extracomment>
        <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="55"/>
        <source>Unlock the plan</source>
        <translation>Déverrouiller le plan</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="60"/>
        <location filename="../../ui/opening/unlock_dialog.py" line="61"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="64"/>
        <location filename="../../ui/opening/unlock_dialog.py" line="65"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, une seconde fois</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="67"/>
        <source>Open with recovery key…</source>
        <translation>Ouvrir avec la clé de secours…</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="70"/>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="72"/>
        <source>64 hexadecimal digits from the recovery sheet (spaces do not matter)</source>
        <translation>64 chiffres hexadécimaux de la feuille de secours (les espaces ne comptent pas)</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="80"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="80"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="124"/>
        <source>No keyring can keep this plan&apos;s key on this computer ({detail}). Choose a passphrase: it will be asked each time the plan opens. Print the recovery sheet too.</source>
        <translation>Aucun trousseau ne peut garder la clé de ce plan sur cet ordinateur ({detail}). Choisissez une phrase secrète : elle sera demandée à chaque ouverture du plan. Imprimez aussi la feuille de secours.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="128"/>
        <source>Type the plan&apos;s recovery key, as printed on its recovery sheet.</source>
        <translation>Tapez la clé de secours du plan, telle qu&apos;imprimée sur sa feuille de secours.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="170"/>
        <source>A recovery key is 64 hexadecimal digits (0-9, A-F).</source>
        <translation>Une clé de secours compte 64 chiffres hexadécimaux (0-9, A-F).</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="176"/>
        <source>A passphrase has at least {n} characters.</source>
        <translation>Une phrase secrète compte au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="180"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="183"/>
        <source>Type the passphrase.</source>
        <translation>Tapez la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>RegulatoryClocksPanel</name>
    <message>
        <source>Regulatory deadline</source>
        <translation>Délai réglementaire</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Regulatory deadlines</source>
        <translation>Délais réglementaires</translation>
    </message>
    <message>
        <source>Mark as met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>The obligation was fulfilled: stop the clock (logged)</source>
        <translation>L’obligation est remplie : arrêter le décompte (consigné au journal)</translation>
    </message>
    <message>
        <source>Count from the selected entry</source>
        <translation>Depuis l’entrée choisie</translation>
    </message>
    <message>
        <source>The deadline runs from the moment the cell knew: select that entry in the log, then click here (logged)</source>
        <translation>Le délai court depuis le moment où la cellule a su : sélectionnez cette entrée dans le journal, puis cliquez ici (consigné au journal)</translation>
    </message>
    <message>
        <source>✔ Met {time}</source>
        <translation>✔ Respecté le {time}</translation>
    </message>
    <message>
        <source>⚠ OVERDUE by {time}</source>
        <translation>⚠ DÉPASSÉ de {time}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>reste {time}</translation>
    </message>
    <message>
        <source>Not met (incident closed)</source>
        <translation>Non respecté (incident clôturé)</translation>
    </message>
    <message>
        <source>{title} — counted from {start}</source>
        <translation>{title} — compté depuis le {start}</translation>
    </message>
    <message>
        <source>⚠ {n} OVERDUE</source>
        <translation>⚠ DÉPASSÉS : {n}</translation>
    </message>
    <message>
        <source>Select in the log the entry the deadline runs from, then click again.</source>
        <translation>Sélectionnez dans le journal l’entrée depuis laquelle le délai court, puis cliquez à nouveau.</translation>
    </message>
</context>
<context>
    <name>WhoAmIDialog</name>
    <message>
        <source>Pick yourself in the list or type your name.</source>
        <translation>Choisissez-vous dans la liste ou tapez votre nom.</translation>
    </message>
    <message>
        <source>Your name, as the cell knows you</source>
        <translation>Votre nom, tel que la cellule vous connaît</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>{role} (deputy)</source>
        <translation>{role} (suppléant)</translation>
    </message>
    <message>
        <source>Members of the cell</source>
        <translation>Membres de la cellule</translation>
    </message>
    <message>
        <source>Your name signs every entry you log in this plan ({organisation}). Pick yourself in the cell, or type your name.</source>
        <translation>Votre nom signe chaque entrée que vous consignez dans ce plan ({organisation}). Choisissez-vous dans la cellule, ou tapez votre nom.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu’elles font</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Licences of the software shipped with it:</source>
        <translation>Licences des logiciels livrés avec lui :</translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation>Aucun plan n’est ouvert.</translation>
    </message>
    <message>
        <source>Plan file: {path}</source>
        <translation>Fichier du plan : {path}</translation>
    </message>
    <message>
        <source>Crisis Cell, version {version}</source>
        <translation>Crisis Cell, version {version}</translation>
    </message>
    <message>
        <source>About Crisis Cell</source>
        <translation>À propos de Crisis Cell</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <source>Plan settings</source>
        <translation>Paramètres du plan</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Plan &amp;language</source>
        <translation>&amp;Langue du plan</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>FR</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>Two-letter country code (FR, BE, CH, CA…): phone numbers typed without + are read for this country.</source>
        <translation>Code du pays en deux lettres (FR, BE, CH, CA…) : les numéros saisis sans + sont lus pour ce pays.</translation>
    </message>
    <message>
        <source>The plan&apos;s language is the language of the log&apos;s automatic entries, of printed documents and of their file names, on every computer. The window&apos;s own language is chosen in Settings → Language / Langue. Entries already logged keep their words.</source>
        <translation>La langue du plan est celle des inscriptions automatiques de la main courante, des documents imprimés et de leurs noms de fichier, sur tous les ordinateurs. La langue de la fenêtre se choisit dans Réglages → Langue / Language. Les inscriptions déjà faites gardent leurs mots.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Langue du plan</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <!-- Qt's own non-native file dialog: the two labels qtbase_fr.qm (Qt 6) lacks. -->
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
</TS>
