"""Rapporter: the report forms and the follow-up report's recipient dialog.

``page.ReportsPage`` lists the kinds of report the user's role may produce
(``kinds``) and shows one small form per kind. Each form checks what was
typed next to its field, asks the services what must be known before a
preview (the case, the person, the recipient's basis) off the GUI thread, and
then hands a build function to ``caseflow.ui.pdf_preview.show_pdf``, which
builds the PDF on a worker thread and previews, prints and saves it. The
report services are imported inside those functions, so that opening the
main window does not load reportlab.
"""
