; SMS Desk installer for Windows (Inno Setup 6.3 or newer).
;
; Build the one-folder app first (pyinstaller --noconfirm packaging\smsdesk.spec), then:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\smsdesk.iss
;
; Optional defines:
;   /DBundleDir=<folder>   the PyInstaller output (default: dist\SMS Desk next to the repository root)
;   /DOutputDir=<folder>   where SMSDesk-<version>-setup.exe goes (default: dist\installer)
;
; Languages: English always. Traditional Chinese when ChineseTraditional.isl (one of Inno Setup's
; unofficial translations, not shipped with Inno Setup) is found next to this script or in Inno
; Setup's Languages folder; see packaging/README.md for where to download it. Without it the
; installer is English only and the compiler prints a warning.

#ifndef AppVersion
  #error Pass the version to the compiler, e.g. iscc /DAppVersion=0.1.0 packaging\windows\smsdesk.iss
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\SMS Desk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist\installer"
#endif

#define AppName "SMS Desk"
#define AppExe "SMS Desk.exe"
#define AppPublisher "SMSDesk"

#if !FileExists(AddBackslash(BundleDir) + AppExe)
  #error The app is not built yet: run pyinstaller --noconfirm packaging\smsdesk.spec first (or pass /DBundleDir=...)
#endif

[Setup]
; Never change AppId: Windows uses it to recognise upgrades and to find the uninstaller.
AppId={{E680E441-EC1B-4D1B-9FC5-3C2D60650960}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright={#AppPublisher}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; Admins can still run "setup.exe /CURRENTUSER" to install without elevation.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline
; Qt 6 needs 64-bit Windows 10 or newer.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\smsdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=SMSDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; Offer to close a running SMS Desk instead of failing on locked files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(SourcePath) + "ChineseTraditional.isl")
Name: "zh_TW"; MessagesFile: "ChineseTraditional.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseTraditional.isl")
Name: "zh_TW"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseTraditional.isl")
Name: "zh_TW"; MessagesFile: "compiler:Languages\Unofficial\ChineseTraditional.isl"
#else
  #pragma warning "ChineseTraditional.isl not found: building an English-only installer (see packaging/README.md)"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: a Qt plugin left over from an older version would be
; loaded by the new Qt and crash it. The user's data lives elsewhere (%LOCALAPPDATA%) and stays.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what was installed: messages, lists, settings and the send
; journal in the user's data folder are kept, so reinstalling never loses track of sent messages.
