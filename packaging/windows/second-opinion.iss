; Inno Setup script for Second Opinion Organizer (Inno Setup 6.3 or newer).
; Installs the PyInstaller one-folder bundle per user, without admin rights.
; Build on Windows from the repository root (see docs/packaging.md):
;   bash packaging/pyinstaller/build.sh
;   powershell -File packaging/windows/build-installer.ps1
; which runs  ISCC /DAppVersion=<version from pyproject> packaging\windows\second-opinion.iss
; The version is never written here: it comes from pyproject.toml through set_version.py.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (build-installer.ps1 does)
#endif

#define AppName "Second Opinion Organizer"
#define AppId "io.github.secondopinionorganizer.SecondOpinion"
#define AppExe "SecondOpinion.exe"
#define BundleDir "..\pyinstaller\dist\second-opinion"

[Setup]
; AppId must never change: Windows finds the installed copy (for upgrades and uninstall) by it.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Second Opinion Organizer contributors
AppPublisherURL=https://github.com/secondopinionorganizer/second-opinion-organizer
VersionInfoVersion={#AppVersion}
; Per user, no administrator: installs under %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Second Opinion Organizer
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=SecondOpinionOrganizer-{#AppVersion}-setup
SetupIconFile=second-opinion.ico
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Keep your medical records in one encrypted place and make a packet for a second opinion"
Name: "{autoprograms}\{#AppName} - Demo (fictional data)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The vault and the settings are the user's data, not the program's: uninstalling leaves them
; (under %LOCALAPPDATA%) so records are never lost by removing the app.
