# Smoke-start a frozen SMS Desk on Windows: start it with SMSDESK_SMOKE=1, wait, check for "SMOKE OK".
#
#   pwsh packaging/windows/smoke.ps1 -Exe "dist\SMS Desk\SMS Desk.exe"
#
# The windowed app has no console, so the launcher writes its smoke lines to SMSDESK_SMOKE_FILE.
# It runs with the native "windows" platform plugin (never offscreen: that would not prove the
# plugin is in the bundle), in Traditional Chinese, with the real Windows Credential Manager.
param(
    [Parameter(Mandatory = $true)][string]$Exe,
    [int]$TimeoutSeconds = 180,
    [string]$Platform = "windows",
    [string]$Language = "zh_TW"
)
$ErrorActionPreference = "Stop"

if (-not (Test-Path $Exe)) { throw "Not found: $Exe" }
$work = Join-Path ([System.IO.Path]::GetTempPath()) ("smsdesk-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $work | Out-Null
$report = Join-Path $work "smoke.txt"

$env:SMSDESK_SMOKE = "1"
$env:SMSDESK_SMOKE_FILE = $report
$env:SMSDESK_HOME = Join-Path $work "home"
$env:SMSDESK_SMOKE_PLATFORM = $Platform
$env:SMSDESK_LANG = $Language
$env:SMSDESK_SMOKE_LANGUAGE = $Language
Remove-Item Env:QT_QPA_PLATFORM -ErrorAction SilentlyContinue

$process = Start-Process -FilePath $Exe -WorkingDirectory $work -PassThru
$null = $process.Handle  # keep the handle so ExitCode is available after the process ends
if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
    Stop-Process -Id $process.Id -Force
    throw "SMS Desk did not finish its smoke start within $TimeoutSeconds seconds"
}
if (Test-Path $report) { Get-Content $report } else { Write-Host "(no smoke report was written)" }
if ($process.ExitCode -ne 0) { throw "SMS Desk smoke start failed with exit code $($process.ExitCode)" }
if (-not (Select-String -Path $report -Pattern "^SMOKE OK " -Quiet)) { throw "No SMOKE OK line in $report" }
Write-Host "Smoke start passed: $Exe"
