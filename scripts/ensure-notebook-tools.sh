#!/usr/bin/env bash
# Makes sure the runnable examples (examples/, tests/examples) have their tools, all from
# Debian: Jupyter's nbconvert with Debian's Python 3 (/usr/bin/python3: pandas, networkx,
# requests, matplotlib, ipykernel) and R (Rscript with httr and jsonlite). Never uses pip,
# CRAN or the python3 a version manager puts first on the PATH. Quiet when everything is
# there; installs what is missing with apt-get when run as root; otherwise says what to
# install and exits 1.
set -euo pipefail

PYTHON=/usr/bin/python3
PY_MODULES='pandas, networkx, requests, matplotlib, ipykernel'

missing=()

# What tests/examples runs: Debian's /usr/bin/jupyter (jupyter-core) with its nbconvert.
have_nbconvert() {
  [ -x /usr/bin/jupyter-nbconvert ] && [ -x /usr/bin/jupyter ] &&
    /usr/bin/jupyter nbconvert --version >/dev/null 2>&1
}

have_python_modules() {
  [ -x "$PYTHON" ] && "$PYTHON" -c "import $PY_MODULES" >/dev/null 2>&1
}

have_r_packages() {
  command -v Rscript >/dev/null 2>&1 &&
    Rscript -e 'quit(status = if (all(sapply(c("httr", "jsonlite"), requireNamespace, quietly = TRUE))) 0 else 1)' >/dev/null 2>&1
}

check() {
  missing=()
  have_nbconvert || missing+=("/usr/bin/jupyter nbconvert")
  have_python_modules || missing+=("Debian's Python modules ($PY_MODULES for $PYTHON)")
  have_r_packages || missing+=("Rscript with the R packages httr and jsonlite")
}

PACKAGES=(
  jupyter-nbconvert
  python3-ipykernel
  python3-pandas
  python3-networkx
  python3-requests
  python3-matplotlib
  r-base-core
  r-cran-httr
  r-cran-jsonlite
)

check
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  {
    echo "ensure-notebook-tools: missing (needed by examples/ and tests/examples):"
    printf '  - %s\n' "${missing[@]}"
    echo "ensure-notebook-tools: installing Debian's ${PACKAGES[*]} with apt-get"
  } >&2
  # Other test files may be running apt-get at the same moment (scripts/ensure-chromium.sh):
  # wait for dpkg's lock, and retry the update, which fails at once when its lock is taken.
  for attempt in 1 2 3 4 5 6; do
    if apt-get update -q; then
      break
    fi
    if [ "$attempt" -eq 6 ]; then
      echo "ensure-notebook-tools: apt-get update failed" >&2
      exit 1
    fi
    sleep 10
  done
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "${PACKAGES[@]}"
  check
  if [ ${#missing[@]} -ne 0 ]; then
    echo "ensure-notebook-tools: apt-get installed the packages but these are still missing:" >&2
    printf '  - %s\n' "${missing[@]}" >&2
    exit 1
  fi
  exit 0
fi

{
  echo "ensure-notebook-tools: the examples (examples/, tests/examples) need tools that are missing:"
  printf '  - %s\n' "${missing[@]}"
  echo "Install Debian's packages as root, then run the tests again:"
  echo "  sudo apt-get update && sudo apt-get install -y ${PACKAGES[*]}"
} >&2
exit 1
