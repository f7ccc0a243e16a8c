"""`auditor serve`: the reviewer's desk, a local web app around the auditor.

Audit drafts in the browser (the HTML report with the reviewer's controls), write the review
opinion (审核意见, .docx), check a revised draft against the earlier audit, and find every audit
again in the history. Modules: settings, security (guards, CSRF), uploads (hashed storage, safe
zips), jobs (worker pool), history (DuckDB tables), review (decisions), opinion (.docx),
revision (diff), state/app/routes/actions (the web app), cli (the command).
"""
