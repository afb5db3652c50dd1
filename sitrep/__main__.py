"""`python -m sitrep …` runs the same command line as `sitrep …`, for environments where the script is not on PATH."""

from sitrep.cli import app

app(prog_name="sitrep")
