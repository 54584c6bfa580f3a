; Inno Setup 6 script of the Windows installer of GM100 Assessor.
; installer\build.py runs it after PyInstaller, passing the version and folders:
;   iscc /DAppVersion=0.1.0 /DFrozenDir=<repo>\installer\dist\gm100 /DOutputDir=<repo>\installer\dist installer\gm100.iss
; Without those, the defaults below (relative to this file) are used. See installer\README.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef FrozenDir
  #define FrozenDir "dist\gm100"
#endif
#ifndef OutputDir
  #define OutputDir "dist"
#endif
#define AppName "GM100 Assessor"
; The windowed program: the Start menu and double-clicked files open it without a console window.
#define AppExe "gm100w.exe"

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{5B0C7E2A-61D4-4F3B-9A2E-7C41D8F0B913}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=GM100 Assessor
VersionInfoVersion={#AppVersion}
; Per-user by default (no administrator needed on an assessor's laptop); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
SetupIconFile=..\resources\icons\gm100.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=GM100-Assessor-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; Inno Setup ships no Indonesian translation of its own texts; the installer speaks English.
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder: no library of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#FrozenDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; File types, for the current user or all users as installed (HKA). Double-click opens the app with the file.
Root: HKA; Subkey: "Software\Classes\.gm100bundle"; ValueType: string; ValueName: ""; ValueData: "GM100Assessor.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.gm100bundle\OpenWithProgids"; ValueType: string; ValueName: "GM100Assessor.Bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\GM100Assessor.Bundle"; ValueType: string; ValueName: ""; ValueData: "GM100 score bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\GM100Assessor.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\GM100Assessor.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.gm100event"; ValueType: string; ValueName: ""; ValueData: "GM100Assessor.Event"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.gm100event\OpenWithProgids"; ValueType: string; ValueName: "GM100Assessor.Event"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\GM100Assessor.Event"; ValueType: string; ValueName: ""; ValueData: "GM100 event package"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\GM100Assessor.Event\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\GM100Assessor.Event\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".gm100bundle"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".gm100event"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
