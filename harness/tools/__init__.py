"""Tools that look at the built site from outside: a browser (browser), the anchor checker (links), the synthetic
tree one and a half times the book (synthetic) and the budgets (bench)."""
