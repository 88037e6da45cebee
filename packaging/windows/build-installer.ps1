# Build the Windows installer from the PyInstaller bundle (run from any folder, on Windows).
# Needs: Inno Setup 6 (ISCC.exe on PATH or in its default folder), uv, and a built bundle
# (bash packaging/pyinstaller/build.sh, e.g. in Git Bash).
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
$version = (uv run --project $root python (Join-Path $root "packaging\set_version.py") --print).Trim()
$bundle = Join-Path $root "packaging\pyinstaller\dist\second-opinion\SecondOpinion.exe"
if (-not (Test-Path $bundle)) { throw "Build the bundle first: bash packaging/pyinstaller/build.sh" }

# The installer's icon, made from the committed PNGs.
uv run --project $root python (Join-Path $root "scripts\render_icons.py") --ico (Join-Path $PSScriptRoot "second-opinion.ico")
if ($LASTEXITCODE -ne 0) { throw "could not make the icon" }

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" (Join-Path $PSScriptRoot "second-opinion.iss")
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Write-Host "installer: dist\SecondOpinionOrganizer-$version-setup.exe"
