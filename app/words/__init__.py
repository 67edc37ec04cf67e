"""app/'s words: one gettext catalogue for every text app/ writes (log wording, print, call
tree), and dates written by Babel the way each language writes them."""
