# Sourced by the schemathesis runs (mock/, reference-server/): schemathesis from PyPI, pinned, in a
# virtual environment of the project's (SCHEMATHESIS_VENV, default target/schemathesis-venv), made
# once. Sets $schemathesis to its executable.
venv="${SCHEMATHESIS_VENV:-target/schemathesis-venv}"
if [[ ! -x "$venv/bin/schemathesis" ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check schemathesis==4.32.5
fi
schemathesis="$venv/bin/schemathesis"
