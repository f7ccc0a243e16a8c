from auditor.cli import app

app()
