<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>The vendor did not answer in time.</source>
        <translation>The vendor did not answer in time.</translation>
    </message>
    <message>
        <source>Check the internet connection and test again in a few minutes. If it keeps happening, the vendor&apos;s service may be down.</source>
        <translation>Check the internet connection and test again in a few minutes. If it keeps happening, the vendor&apos;s service may be down.</translation>
    </message>
    <message>
        <source>The test stopped with an unexpected problem ({kind}). Test again; if it keeps happening, send the log file to support.</source>
        <translation>The test stopped with an unexpected problem ({kind}). Test again; if it keeps happening, send the log file to support.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong.</source>
        <translation>This computer&apos;s clock is wrong.</translation>
    </message>
    <message>
        <source>The vendor did not accept the sign-in details: check the username, password or key.</source>
        <translation>The vendor did not accept the sign-in details: check the username, password or key.</translation>
    </message>
    <message>
        <source>The vendor refused this computer&apos;s public address {ip}. Add {ip} to the IP allow-list in the vendor&apos;s settings, then test again.</source>
        <translation>The vendor refused this computer&apos;s public address {ip}. Add {ip} to the IP allow-list in the vendor&apos;s settings, then test again.</translation>
    </message>
    <message>
        <source>The vendor refused this computer&apos;s address. Check the IP allow-list in the vendor&apos;s settings: it must include this office&apos;s public IP address.</source>
        <translation>The vendor refused this computer&apos;s address. Check the IP allow-list in the vendor&apos;s settings: it must include this office&apos;s public IP address.</translation>
    </message>
    <message>
        <source>Check the internet connection and test again in a few minutes. If it keeps happening, the vendor&apos;s service may be down, or the server address under Advanced may be wrong.</source>
        <translation>Check the internet connection and test again in a few minutes. If it keeps happening, the vendor&apos;s service may be down, or the server address under Advanced may be wrong.</translation>
    </message>
    <message>
        <source>Nothing answered at that address: check the address and your network.</source>
        <translation>Nothing answered at that address: check the address and your network.</translation>
    </message>
    <message>
        <source>If you changed the server address under Advanced, check it.</source>
        <translation>If you changed the server address under Advanced, check it.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>Vendor&apos;s answer: {words}</source>
        <translation>Vendor&apos;s answer: {words}</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Edit account “{name}”</source>
        <translation>Edit account “{name}”</translation>
    </message>
    <message>
        <source>Duplicate account “{name}”</source>
        <translation>Duplicate account “{name}”</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Vendor:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. Shop TwSMS</source>
        <translation>A name you recognise, e.g. Shop TwSMS</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Account &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Check these details with the vendor now, without sending a message. Unsaved changes are used.</source>
        <translation>Check these details with the vendor now, without sending a message. Unsaved changes are used.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <source>Passwords and keys are not copied: enter them again.</source>
        <translation>Passwords and keys are not copied: enter them again.</translation>
    </message>
    <message>
        <source>This practice account needs no setup: nothing is really sent and nothing is charged.</source>
        <translation>This practice account needs no setup: nothing is really sent and nothing is charged.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Server address, speed limits and settings most accounts never need</source>
        <translation>Server address, speed limits and settings most accounts never need</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>⚠ This address is not encrypted (http://): the password and messages travel unprotected. Use it only for a test server on this computer or network.</source>
        <translation>⚠ This address is not encrypted (http://): the password and messages travel unprotected. Use it only for a test server on this computer or network.</translation>
    </message>
    <message>
        <source>Leave empty to use the vendor&apos;s address. Change it only when the vendor tells you to, or to use a test server.</source>
        <translation>Leave empty to use the vendor&apos;s address. Change it only when the vendor tells you to, or to use a test server.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requests at once</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> per second</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requests per second</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Requests at &amp;once:</translation>
    </message>
    <message>
        <source>Requests per &amp;second:</source>
        <translation>Requests per &amp;second:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>The Balances tab and a notification warn you when a reading is below this; Automatic: below 100 or the cost of the last job, whichever is more</source>
        <translation>The Balances tab and a notification warn you when a reading is below this; Automatic: below 100 or the cost of the last job, whichever is more</translation>
    </message>
    <message>
        <source>The defaults follow the vendor&apos;s documented limits. Lower them if the vendor says there are too many requests.</source>
        <translation>The defaults follow the vendor&apos;s documented limits. Lower them if the vendor says there are too many requests.</translation>
    </message>
    <message>
        <source>At most how many requests SMS Desk sends to the vendor at the same time; it sends fewer while the vendor answers slowly or asks it to slow down</source>
        <translation>At most how many requests SMS Desk sends to the vendor at the same time; it sends fewer while the vendor answers slowly or asks it to slow down</translation>
    </message>
    <message>
        <source>Low-balance warning</source>
        <translation>Low-balance warning</translation>
    </message>
    <message>
        <source>&amp;Warn when the balance is below:</source>
        <translation>&amp;Warn when the balance is below:</translation>
    </message>
    <message>
        <source>kept for this session only — leave empty to keep</source>
        <translation>kept for this session only — leave empty to keep</translation>
    </message>
    <message>
        <source>saved — leave empty to keep</source>
        <translation>saved — leave empty to keep</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Give the account a name.</translation>
    </message>
    <message>
        <source>Add at least one template.</source>
        <translation>Add at least one template.</translation>
    </message>
    <message>
        <source>Enter the {field}.</source>
        <translation>Enter the {field}.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a test server).</source>
        <translation>The server address must start with https:// (or http:// for a test server).</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>The password cannot be saved</source>
        <translation>The password cannot be saved</translation>
    </message>
    <message>
        <source>Keep for this session only: SMS Desk uses the password until it is closed and asks for it again next time. Cancel: nothing is saved.</source>
        <translation>Keep for this session only: SMS Desk uses the password until it is closed and asks for it again next time. Cancel: nothing is saved.</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Keep for this session only</translation>
    </message>
    <message>
        <source>Not saved: no system keychain is available. Choose “Keep for this session only” to use the account now.</source>
        <translation>Not saved: no system keychain is available. Choose “Keep for this session only” to use the account now.</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <source>Dev Key</source>
        <translation>Dev Key</translation>
    </message>
    <message>
        <source>In the EngageLab SMS console, open the API key settings and copy the Dev Key.</source>
        <translation>In the EngageLab SMS console, open the API key settings and copy the Dev Key.</translation>
    </message>
    <message>
        <source>Dev Secret</source>
        <translation>Dev Secret</translation>
    </message>
    <message>
        <source>The Dev Secret shown next to the Dev Key. The key must be enabled and allowed to use the SMS send API.</source>
        <translation>The Dev Secret shown next to the Dev Key. The key must be enabled and allowed to use the SMS send API.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>EngageLab only sends templates approved in its console. For each one, enter its ID, a name, and the text with its variables written {{name}}, so SMS Desk can show a preview and ask for every value.</source>
        <translation>EngageLab only sends templates approved in its console. For each one, enter its ID, a name, and the text with its variables written {{name}}, so SMS Desk can show a preview and ask for every value.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Create a key in the SepSMS developer dashboard; it looks like sk_sep_... and is shown only once. Give it the scopes sms:send, sms:read and credit:read (otp:send and otp:verify for OTP). If the key is limited to IP addresses, add this office&apos;s public IP address.</source>
        <translation>Create a key in the SepSMS developer dashboard; it looks like sk_sep_... and is shown only once. Give it the scopes sms:send, sms:read and credit:read (otp:send and otp:verify for OTP). If the key is limited to IP addresses, add this office&apos;s public IP address.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>Your sender name (origin) exactly as SepSMS approved it.</source>
        <translation>Your sender name (origin) exactly as SepSMS approved it.</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Webhook signing secret</translation>
    </message>
    <message>
        <source>Only needed to receive delivery notifications. Webhooks are registered in the SepSMS developer dashboard (not through the API); copy the endpoint&apos;s signing secret here. While changing secrets, enter the old and new one separated by a space.</source>
        <translation>Only needed to receive delivery notifications. Webhooks are registered in the SepSMS developer dashboard (not through the API); copy the endpoint&apos;s signing secret here. While changing secrets, enter the old and new one separated by a space.</translation>
    </message>
    <message>
        <source>SDK AppID</source>
        <translation>SDK AppID</translation>
    </message>
    <message>
        <source>The number (such as 1400xxxxxx) of your SMS application: Tencent Cloud SMS console &gt; Application Management &gt; Application List.</source>
        <translation>The number (such as 1400xxxxxx) of your SMS application: Tencent Cloud SMS console &gt; Application Management &gt; Application List.</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>Shown with the SDK AppID under Application Management &gt; Basic Info. SMS Desk keeps it in the system keychain and never sends it; requests carry only a signature made with it.</source>
        <translation>Shown with the SDK AppID under Application Management &gt; Basic Info. SMS Desk keeps it in the system keychain and never sends it; requests carry only a signature made with it.</translation>
    </message>
    <message>
        <source>SMS signature</source>
        <translation>SMS signature</translation>
    </message>
    <message>
        <source>An approved signature without brackets, e.g. Tencent Cloud for [Tencent Cloud]. Leave empty to use the default signature.</source>
        <translation>An approved signature without brackets, e.g. Tencent Cloud for [Tencent Cloud]. Leave empty to use the default signature.</translation>
    </message>
    <message>
        <source>Extended code</source>
        <translation>Extended code</translation>
    </message>
    <message>
        <source>Digits only, and only if Tencent Cloud&apos;s SMS Helper enabled an extended code for you.</source>
        <translation>Digits only, and only if Tencent Cloud&apos;s SMS Helper enabled an extended code for you.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>The username you sign in to sms-get.com with (up to 20 characters).</source>
        <translation>The username you sign in to sms-get.com with (up to 20 characters).</translation>
    </message>
    <message>
        <source>Your sms-get.com password. If the API settings page limits access by IP address, allow this office&apos;s public IP address there.</source>
        <translation>Your sms-get.com password. If the API settings page limits access by IP address, allow this office&apos;s public IP address there.</translation>
    </message>
    <message>
        <source>Send as two-way messages</source>
        <translation>Send as two-way messages</translation>
    </message>
    <message>
        <source>On: recipients can reply (the account needs SMS-Get&apos;s two-way service). Two-way messages only go to Taiwan mobile numbers and cost 1 point per message part.</source>
        <translation>On: recipients can reply (the account needs SMS-Get&apos;s two-way service). Two-way messages only go to Taiwan mobile numbers and cost 1 point per message part.</translation>
    </message>
    <message>
        <source>Two-way reply code</source>
        <translation>Two-way reply code</translation>
    </message>
    <message>
        <source>The code your customers put in front of a reply (03 unless SMS-Get gave your account another one). SMS Desk removes it from received replies.</source>
        <translation>The code your customers put in front of a reply (03 unless SMS-Get gave your account another one). SMS Desk removes it from received replies.</translation>
    </message>
    <message>
        <source>The username you sign in to www.twsms.com with.</source>
        <translation>The username you sign in to www.twsms.com with.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Your TwSMS password. The API must be enabled under Account settings (帳號設定) → API settings (API 設定); if an IP allow-list is set there, add this office&apos;s public IP address.</source>
        <translation>Your TwSMS password. The API must be enabled under Account settings (帳號設定) → API settings (API 設定); if an IP allow-list is set there, add this office&apos;s public IP address.</translation>
    </message>
    <message>
        <source>Two-way code (snumber)</source>
        <translation>Two-way code (snumber)</translation>
    </message>
    <message>
        <source>Optional: the 5-digit two-way code from TwSMS. Needed to receive replies; recipients then see the two-way number. Leave empty if you have none.</source>
        <translation>Optional: the 5-digit two-way code from TwSMS. Needed to receive replies; recipients then see the two-way number. Leave empty if you have none.</translation>
    </message>
    <message>
        <source>Message validity (seconds)</source>
        <translation>Message validity (seconds)</translation>
    </message>
    <message>
        <source>How long TwSMS keeps trying to deliver a message: 300 to 28800 seconds (8 hours, the default).</source>
        <translation>How long TwSMS keeps trying to deliver a message: 300 to 28800 seconds (8 hours, the default).</translation>
    </message>
    <message>
        <source>Allow long messages</source>
        <translation>Allow long messages</translation>
    </message>
    <message>
        <source>On: messages over 70 characters (160 in English letters only) go as long SMS, up to 335 (765) characters, 1 point per 67 (153). Off: only standard messages are allowed. Long SMS never go to numbers outside Taiwan.</source>
        <translation>On: messages over 70 characters (160 in English letters only) go as long SMS, up to 335 (765) characters, 1 point per 67 (153). Off: only standard messages are allowed. Long SMS never go to numbers outside Taiwan.</translation>
    </message>
    <message>
        <source>Delivery report address (drurl)</source>
        <translation>Delivery report address (drurl)</translation>
    </message>
    <message>
        <source>Optional web address where TwSMS pushes delivery reports. Leave empty to have SMS Desk ask for the status instead.</source>
        <translation>Optional web address where TwSMS pushes delivery reports. Leave empty to have SMS Desk ask for the status instead.</translation>
    </message>
    <message>
        <source>Check the report address before each send</source>
        <translation>Check the report address before each send</translation>
    </message>
    <message>
        <source>On: TwSMS refuses to send when the delivery report address does not answer HTTP 200 (error 00170).</source>
        <translation>On: TwSMS refuses to send when the delivery report address does not answer HTTP 200 (error 00170).</translation>
    </message>
</context>
<context>
    <name>AccountManagerDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Your SMS vendor accounts.</source>
        <translation>Your SMS vendor accounts.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicate…</translation>
    </message>
    <message>
        <source>A new account with the same settings; passwords and keys are not copied</source>
        <translation>A new account with the same settings; passwords and keys are not copied</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>{name} (practice: nothing is really sent)</source>
        <translation>{name} (practice: nothing is really sent)</translation>
    </message>
    <message>
        <source>{name} — {vendor}</source>
        <translation>{name} — {vendor}</translation>
    </message>
    <message>
        <source> — password needed</source>
        <translation> — password needed</translation>
    </message>
    <message>
        <source> — password kept for this session only</source>
        <translation> — password kept for this session only</translation>
    </message>
    <message>
        <source>No account selected. Press Add to set up an SMS vendor account.</source>
        <translation>No account selected. Press Add to set up an SMS vendor account.</translation>
    </message>
    <message>
        <source>The Sandbox is for practice: it accepts messages, reports them delivered and sends a few replies, without sending or charging anything.</source>
        <translation>The Sandbox is for practice: it accepts messages, reports them delivered and sends a few replies, without sending or charging anything.</translation>
    </message>
    <message>
        <source>The password or key of this account is not saved on this computer. Press Edit and enter it again.</source>
        <translation>The password or key of this account is not saved on this computer. Press Edit and enter it again.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <source>Remove the account “{name}”?</source>
        <translation>Remove the account “{name}”?</translation>
    </message>
    <message>
        <source>Its saved password or key is removed from the system keychain too.</source>
        <translation>Its saved password or key is removed from the system keychain too.</translation>
    </message>
    <message>
        <source>Messages already sent with it stay in the history.</source>
        <translation>Messages already sent with it stay in the history.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>That account no longer exists.</source>
        <translation>That account no longer exists.</translation>
    </message>
    <message>
        <source>There is no account named “{name}”. Accounts: {names}.</source>
        <translation>There is no account named “{name}”. Accounts: {names}.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Give the account a name.</translation>
    </message>
    <message>
        <source>Unknown vendor “{vendor}”.</source>
        <translation>Unknown vendor “{vendor}”.</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>An account named “{name}” already exists.</translation>
    </message>
    <message>
        <source>The password or key of “{name}” is not saved on this computer ({fields}). Open Accounts and enter it again.</source>
        <translation>The password or key of “{name}” is not saved on this computer ({fields}). Open Accounts and enter it again.</translation>
    </message>
    <message>
        <source>“{key}” is a secret; it is kept in the system keychain, not in settings.</source>
        <translation>“{key}” is a secret; it is kept in the system keychain, not in settings.</translation>
    </message>
    <message>
        <source>“{key}” must be a whole number.</source>
        <translation>“{key}” must be a whole number.</translation>
    </message>
    <message>
        <source>{vendor} needs: {fields}.</source>
        <translation>{vendor} needs: {fields}.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (or http:// for a local test server).</source>
        <translation>The base URL must start with https:// (or http:// for a local test server).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>SMS Desk ran into an unexpected problem. Your data is safe; messages being sent are tracked and can be resumed. Details were written to the log in {path}.</source>
        <translation>SMS Desk ran into an unexpected problem. Your data is safe; messages being sent are tracked and can be resumed. Details were written to the log in {path}.</translation>
    </message>
</context>
<context>
    <name>ApprovalTab</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Balances</name>
    <message>
        <source>Not offered by this vendor: {vendor} has no balance query.</source>
        <translation>Not offered by this vendor: {vendor} has no balance query.</translation>
    </message>
</context>
<context>
    <name>BalancesTab</name>
    <message>
        <source>Credit left on every account. Refresh asks all vendors at once; a slow or failing vendor does not hold up the others.</source>
        <translation>Credit left on every account. Refresh asks all vendors at once; a slow or failing vendor does not hold up the others.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Read at</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Balances</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Refresh all</translation>
    </message>
    <message>
        <source>Ask every vendor for its balance now (F5)</source>
        <translation>Ask every vendor for its balance now (F5)</translation>
    </message>
    <message>
        <source>Top up the Sandbox</source>
        <translation>Top up the Sandbox</translation>
    </message>
    <message>
        <source>Add 500 free practice points to the Sandbox account</source>
        <translation>Add 500 free practice points to the Sandbox account</translation>
    </message>
    <message>
        <source> (practice)</source>
        <translation> (practice)</translation>
    </message>
    <message>
        <source>This vendor has no balance query.</source>
        <translation>This vendor has no balance query.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Asking…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Empty: nothing can be sent until you top up.</source>
        <translation>Empty: nothing can be sent until you top up.</translation>
    </message>
    <message>
        <source>Low balance (under {threshold}): top up soon.</source>
        <translation>Low balance (under {threshold}): top up soon.</translation>
    </message>
    <message>
        <source>{n} readings</source>
        <translation>{n} readings</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <source>sent with every message as drurl (nothing to set up)</source>
        <translation>sent with every message as drurl (nothing to set up)</translation>
    </message>
    <message>
        <source>SMS-Get API settings → CallBack URL</source>
        <translation>SMS-Get API settings → CallBack URL</translation>
    </message>
    <message>
        <source>SMS-Get API settings → two-way CallBack URL</source>
        <translation>SMS-Get API settings → two-way CallBack URL</translation>
    </message>
    <message>
        <source>SepSMS developer dashboard → Webhooks (events dr.success, dr.failed); copy its signing secret into the account</source>
        <translation>SepSMS developer dashboard → Webhooks (events dr.success, dr.failed); copy its signing secret into the account</translation>
    </message>
    <message>
        <source>Tencent Cloud SMS console → delivery status callback URL</source>
        <translation>Tencent Cloud SMS console → delivery status callback URL</translation>
    </message>
    <message>
        <source>Tencent Cloud SMS console → reply callback URL</source>
        <translation>Tencent Cloud SMS console → reply callback URL</translation>
    </message>
    <message>
        <source>The callback receiver could not listen on {bind} port {port} ({error}). Another program may use that port: choose another port in Settings.</source>
        <translation>The callback receiver could not listen on {bind} port {port} ({error}). Another program may use that port: choose another port in Settings.</translation>
    </message>
</context>
<context>
    <name>CheckWithVendorButton</name>
    <message>
        <source>Check with vendor</source>
        <translation>Check with vendor</translation>
    </message>
    <message>
        <source>Ask the vendor, by phone number and send time, whether this job&apos;s unknown recipients got the message. Nothing is sent.</source>
        <translation>Ask the vendor, by phone number and send time, whether this job&apos;s unknown recipients got the message. Nothing is sent.</translation>
    </message>
    <message>
        <source>Job {job}: asked the vendor about {asked} unknown recipients; {resolved} resolved, {left} still unknown (see each one&apos;s note).</source>
        <translation>Job {job}: asked the vendor about {asked} unknown recipients; {resolved} resolved, {left} still unknown (see each one&apos;s note).</translation>
    </message>
    <message>
        <source>Could not check with the vendor: {error} Try again later.</source>
        <translation>Could not check with the vendor: {error} Try again later.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Finished, but the outcome is unknown for {n} recipient(s) of job {jobs}: the vendor&apos;s answer was lost, so they were not resent. Check them with &apos;smsdesk-cli status JOB&apos; or on the Status tab before sending to them again.</source>
        <translation>Finished, but the outcome is unknown for {n} recipient(s) of job {jobs}: the vendor&apos;s answer was lost, so they were not resent. Check them with &apos;smsdesk-cli status JOB&apos; or on the Status tab before sending to them again.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>Password saved</source>
        <translation>Password saved</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>--vendor must be one of: {vendors}.</source>
        <translation>--vendor must be one of: {vendors}.</translation>
    </message>
    <message>
        <source>Warning: this account talks to its vendor without encryption (http://). Use https:// unless this is a local test server.</source>
        <translation>Warning: this account talks to its vendor without encryption (http://). Use https:// unless this is a local test server.</translation>
    </message>
    <message>
        <source>Account “{name}” saved.</source>
        <translation>Account “{name}” saved.</translation>
    </message>
    <message>
        <source>Account “{name}” removed, with its saved password.</source>
        <translation>Account “{name}” removed, with its saved password.</translation>
    </message>
    <message>
        <source>Unknown account command.</source>
        <translation>Unknown account command.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Read at</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Job {job} ({account}) - {status}</source>
        <translation>Job {job} ({account}) - {status}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Vendor status</source>
        <translation>Vendor status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Say who gets the message: --to PHONE ... or --list NAME.</source>
        <translation>Say who gets the message: --to PHONE ... or --list NAME.</translation>
    </message>
    <message>
        <source>Give either --message TEXT or --template ID (with --param K=V).</source>
        <translation>Give either --message TEXT or --template ID (with --param K=V).</translation>
    </message>
    <message>
        <source>Nothing was sent: confirm with --yes when no one can answer the question.</source>
        <translation>Nothing was sent: confirm with --yes when no one can answer the question.</translation>
    </message>
    <message>
        <source>Send now? [y/N] </source>
        <translation>Send now? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message>
        <source>They are skipped; add --allow-repeat to send to them again.</source>
        <translation>They are skipped; add --allow-repeat to send to them again.</translation>
    </message>
    <message>
        <source>No one to send to: every number was skipped.</source>
        <translation>No one to send to: every number was skipped.</translation>
    </message>
    <message>
        <source>Job {job}: {submitted} submitted, {scheduled} scheduled, {failed} failed, {unknown} unknown, {skipped} skipped; {cost}.</source>
        <translation>Job {job}: {submitted} submitted, {scheduled} scheduled, {failed} failed, {unknown} unknown, {skipped} skipped; {cost}.</translation>
    </message>
    <message>
        <source>{n} messages were being sent when SMS Desk stopped; they are marked unknown and were not resent.</source>
        <translation>{n} messages were being sent when SMS Desk stopped; they are marked unknown and were not resent.</translation>
    </message>
    <message>
        <source>No interrupted jobs.</source>
        <translation>No interrupted jobs.</translation>
    </message>
    <message>
        <source>Job {job}: {submitted} submitted, {failed} failed, {unknown} unknown, {queued} still queued.</source>
        <translation>Job {job}: {submitted} submitted, {failed} failed, {unknown} unknown, {queued} still queued.</translation>
    </message>
    <message>
        <source>Job {job}: {cancelled} cancelled.</source>
        <translation>Job {job}: {cancelled} cancelled.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>List “{list}”: {rows} rows read, {valid} valid, {invalid} invalid, {duplicates} duplicates, {opted_out} opted out.</source>
        <translation>List “{list}”: {rows} rows read, {valid} valid, {invalid} invalid, {duplicates} duplicates, {opted_out} opted out.</translation>
    </message>
    <message>
        <source>  row {row}: “{value}” - {message}</source>
        <translation>  row {row}: “{value}” - {message}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>{n} numbers added to the opt-out list; they will be skipped in every send.</source>
        <translation>{n} numbers added to the opt-out list; they will be skipped in every send.</translation>
    </message>
    <message>
        <source>{n} numbers removed from the opt-out list.</source>
        <translation>{n} numbers removed from the opt-out list.</translation>
    </message>
    <message>
        <source>Vendor simulator listening on {url} (Ctrl+C to stop).</source>
        <translation>Vendor simulator listening on {url} (Ctrl+C to stop).</translation>
    </message>
    <message>
        <source>The report is an Excel file: give a file name ending in .xlsx.</source>
        <translation>The report is an Excel file: give a file name ending in .xlsx.</translation>
    </message>
    <message>
        <source>Job {job} exported to {path}.</source>
        <translation>Job {job} exported to {path}.</translation>
    </message>
    <message>
        <source>{n} new replies.</source>
        <translation>{n} new replies.</translation>
    </message>
    <message>
        <source>Delivery reports received for job(s) {jobs}.</source>
        <translation>Delivery reports received for job(s) {jobs}.</translation>
    </message>
    <message>
        <source>Callback receiver listening on {url} (Ctrl+C to stop).</source>
        <translation>Callback receiver listening on {url} (Ctrl+C to stop).</translation>
    </message>
    <message>
        <source>No public URL is set (Settings → Callback receiver), so vendors do not know where to send reports yet.</source>
        <translation>No public URL is set (Settings → Callback receiver), so vendors do not know where to send reports yet.</translation>
    </message>
    <message>
        <source>Callback receiver stopped.</source>
        <translation>Callback receiver stopped.</translation>
    </message>
    <message>
        <source>{flag} takes KEY=VALUE, not “{pair}”.</source>
        <translation>{flag} takes KEY=VALUE, not “{pair}”.</translation>
    </message>
    <message>
        <source>--at takes a date and time like 2026-12-24T18:30 (ISO 8601), not “{text}”.</source>
        <translation>--at takes a date and time like 2026-12-24T18:30 (ISO 8601), not “{text}”.</translation>
    </message>
    <message>
        <source>For example --at {first} or --at {second}.</source>
        <translation>For example --at {first} or --at {second}.</translation>
    </message>
    <message>
        <source>SMS Desk from the command line.</source>
        <translation>SMS Desk from the command line.</translation>
    </message>
    <message>
        <source>data folder (overrides SMSDESK_HOME)</source>
        <translation>data folder (overrides SMSDESK_HOME)</translation>
    </message>
    <message>
        <source>shared workspace, postgresql://user@server/database (overrides SMSDESK_DATABASE_URL and the desk&apos;s setting; the password comes from the keychain)</source>
        <translation>shared workspace, postgresql://user@server/database (overrides SMSDESK_DATABASE_URL and the desk&apos;s setting; the password comes from the keychain)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>language of messages</translation>
    </message>
    <message>
        <source>log requests to stderr</source>
        <translation>log requests to stderr</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>machine-readable output</translation>
    </message>
    <message>
        <source>manage vendor accounts</source>
        <translation>manage vendor accounts</translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation>list accounts</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>add an account</translation>
    </message>
    <message>
        <source>change an account</source>
        <translation>change an account</translation>
    </message>
    <message>
        <source>read the password / key from standard input (one per line)</source>
        <translation>read the password / key from standard input (one per line)</translation>
    </message>
    <message>
        <source>remove an account and its saved password</source>
        <translation>remove an account and its saved password</translation>
    </message>
    <message>
        <source>check that the account can sign in</source>
        <translation>check that the account can sign in</translation>
    </message>
    <message>
        <source>show credit left</source>
        <translation>show credit left</translation>
    </message>
    <message>
        <source>send a message</source>
        <translation>send a message</translation>
    </message>
    <message>
        <source>send without asking</source>
        <translation>send without asking</translation>
    </message>
    <message>
        <source>send even during the quiet hours set in the app</source>
        <translation>send even during the quiet hours set in the app</translation>
    </message>
    <message>
        <source>also send to numbers that got this exact message recently</source>
        <translation>also send to numbers that got this exact message recently</translation>
    </message>
    <message>
        <source>list jobs</source>
        <translation>list jobs</translation>
    </message>
    <message>
        <source>show a job&apos;s recipients</source>
        <translation>show a job&apos;s recipients</translation>
    </message>
    <message>
        <source>ask the vendor first</source>
        <translation>ask the vendor first</translation>
    </message>
    <message>
        <source>cancel a scheduled or running job</source>
        <translation>cancel a scheduled or running job</translation>
    </message>
    <message>
        <source>continue an interrupted job</source>
        <translation>continue an interrupted job</translation>
    </message>
    <message>
        <source>send the rest at once when it can no longer be scheduled for its time</source>
        <translation>send the rest at once when it can no longer be scheduled for its time</translation>
    </message>
    <message>
        <source>list customers&apos; replies</source>
        <translation>list customers&apos; replies</translation>
    </message>
    <message>
        <source>import a spreadsheet into a list</source>
        <translation>import a spreadsheet into a list</translation>
    </message>
    <message>
        <source>export a job&apos;s report to .xlsx</source>
        <translation>export a job&apos;s report to .xlsx</translation>
    </message>
    <message>
        <source>the callback receiver for vendors&apos; pushes</source>
        <translation>the callback receiver for vendors&apos; pushes</translation>
    </message>
    <message>
        <source>receive delivery reports and replies until Ctrl+C</source>
        <translation>receive delivery reports and replies until Ctrl+C</translation>
    </message>
    <message>
        <source>address to listen on (default: from settings)</source>
        <translation>address to listen on (default: from settings)</translation>
    </message>
    <message>
        <source>port (default: from settings, 8787)</source>
        <translation>port (default: from settings, 8787)</translation>
    </message>
    <message>
        <source>the shared opt-out list</source>
        <translation>the shared opt-out list</translation>
    </message>
    <message>
        <source>run the local vendor simulator</source>
        <translation>run the local vendor simulator</translation>
    </message>
    <message>
        <source>The disk is full ({error}). Free some space, then try again; an interrupted send continues with smsdesk-cli resume.</source>
        <translation>The disk is full ({error}). Free some space, then try again; an interrupted send continues with smsdesk-cli resume.</translation>
    </message>
    <message>
        <source>The data file stayed locked by another program for {seconds} s (another SMS Desk window or command, perhaps one that is suspended), so this command stopped. Nothing more was changed. Try again in a moment; if it stays locked, close or end the other SMS Desk.</source>
        <translation>The data file stayed locked by another program for {seconds} s (another SMS Desk window or command, perhaps one that is suspended), so this command stopped. Nothing more was changed. Try again in a moment; if it stays locked, close or end the other SMS Desk.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
    <message>
        <source>ask the vendor about a job&apos;s unknown recipients (Check with vendor)</source>
        <translation>ask the vendor about a job&apos;s unknown recipients (Check with vendor)</translation>
    </message>
    <message>
        <source>Job {job} has no unknown recipients to check.</source>
        <translation>Job {job} has no unknown recipients to check.</translation>
    </message>
    <message>
        <source>Job {job}: asked the vendor about {asked} unknown recipients; {resolved} resolved, {left} still unknown.</source>
        <translation>Job {job}: asked the vendor about {asked} unknown recipients; {resolved} resolved, {left} still unknown.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Job {job}: {submitted} submitted, {failed} failed, {unknown} unknown, {queued} still queued; {cost}.</source>
        <translation>Job {job}: {submitted} submitted, {failed} failed, {unknown} unknown, {queued} still queued; {cost}.</translation>
    </message>
    <message>
        <source>No scheduled job is due. The next one is job {job}, at {when}.</source>
        <translation>No scheduled job is due. The next one is job {job}, at {when}.</translation>
    </message>
    <message>
        <source>No scheduled job is due.</source>
        <translation>No scheduled job is due.</translation>
    </message>
    <message>
        <source>{n} recipients are unknown: it is not known whether the vendor accepted them. They were not resent; see “smsdesk-cli status JOB”.</source>
        <translation>{n} recipients are unknown: it is not known whether the vendor accepted them. They were not resent; see “smsdesk-cli status JOB”.</translation>
    </message>
    <message>
        <source>send scheduled jobs whose time has come (for cron or the Task Scheduler)</source>
        <translation>send scheduled jobs whose time has come (for cron or the Task Scheduler)</translation>
    </message>
    <message>
        <source>also send jobs more than 10 minutes late (the computer was off)</source>
        <translation>also send jobs more than 10 minutes late (the computer was off)</translation>
    </message>
    <message>
        <source>manage an account&apos;s message templates (vendors that send only templates)</source>
        <translation>manage an account&apos;s message templates (vendors that send only templates)</translation>
    </message>
    <message>
        <source>add a template approved at the vendor</source>
        <translation>add a template approved at the vendor</translation>
    </message>
    <message>
        <source>the template&apos;s ID in the vendor&apos;s console</source>
        <translation>the template&apos;s ID in the vendor&apos;s console</translation>
    </message>
    <message>
        <source>the approved text, variables written {{name}}</source>
        <translation>the approved text, variables written {{name}}</translation>
    </message>
    <message>
        <source>a name to show (default: the ID)</source>
        <translation>a name to show (default: the ID)</translation>
    </message>
    <message>
        <source>change a template already listed</source>
        <translation>change a template already listed</translation>
    </message>
    <message>
        <source>list the account&apos;s templates</source>
        <translation>list the account&apos;s templates</translation>
    </message>
    <message>
        <source>remove a template from the account&apos;s list</source>
        <translation>remove a template from the account&apos;s list</translation>
    </message>
    <message>
        <source>Account “{account}” has no templates yet. Add one with “smsdesk-cli template add {account} ID --text TEXT”.</source>
        <translation>Account “{account}” has no templates yet. Add one with “smsdesk-cli template add {account} ID --text TEXT”.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Values to fill</source>
        <translation>Values to fill</translation>
    </message>
    <message>
        <source>Template {id} saved for “{account}”. Each send gives a value for {params} (--param K=V).</source>
        <translation>Template {id} saved for “{account}”. Each send gives a value for {params} (--param K=V).</translation>
    </message>
    <message>
        <source>Template {id} saved for “{account}”; it has no values to fill.</source>
        <translation>Template {id} saved for “{account}”; it has no values to fill.</translation>
    </message>
    <message>
        <source>Template {id} removed from “{account}”. It stays at the vendor; SMS Desk no longer offers it.</source>
        <translation>Template {id} removed from “{account}”. It stays at the vendor; SMS Desk no longer offers it.</translation>
    </message>
    <message>
        <source>Password for {user} on {host}: </source>
        <translation>Password for {user} on {host}: </translation>
    </message>
    <message>
        <source>The data folder is on a network share: make sure SMS Desk is closed on every other computer before the move.</source>
        <translation>The data folder is on a network share: make sure SMS Desk is closed on every other computer before the move.</translation>
    </message>
    <message>
        <source>This desk&apos;s data file {path} is read-only: it was moved to a shared workspace already and is kept as a backup. Nothing was copied.</source>
        <translation>This desk&apos;s data file {path} is read-only: it was moved to a shared workspace already and is kept as a backup. Nothing was copied.</translation>
    </message>
    <message>
        <source>This desk&apos;s data was moved to a shared workspace already; its file {path} is the backup. Nothing was copied.</source>
        <translation>This desk&apos;s data was moved to a shared workspace already; its file {path} is the backup. Nothing was copied.</translation>
    </message>
    <message>
        <source>Stopped. What was copied stays in the workspace; run the same command again to copy the rest: nothing is copied twice.</source>
        <translation>Stopped. What was copied stays in the workspace; run the same command again to copy the rest: nothing is copied twice.</translation>
    </message>
    <message>
        <source>From now on this desk ({desk}) works in the shared workspace {url}.</source>
        <translation>From now on this desk ({desk}) works in the shared workspace {url}.</translation>
    </message>
    <message>
        <source>Copying {what}: {done} of {total}</source>
        <translation>Copying {what}: {done} of {total}</translation>
    </message>
    <message>
        <source>use a shared workspace (several desks, one database)</source>
        <translation>use a shared workspace (several desks, one database)</translation>
    </message>
    <message>
        <source>move this desk&apos;s data into a shared workspace and use it</source>
        <translation>move this desk&apos;s data into a shared workspace and use it</translation>
    </message>
    <message>
        <source>this desk&apos;s name (default: the computer&apos;s name)</source>
        <translation>this desk&apos;s name (default: the computer&apos;s name)</translation>
    </message>
    <message>
        <source>check that a shared workspace&apos;s server can be used</source>
        <translation>check that a shared workspace&apos;s server can be used</translation>
    </message>
</context>
<context>
    <name>ComposeSending</name>
    <message>
        <source>Checking the balance…</source>
        <translation>Checking the balance…</translation>
    </message>
    <message>
        <source>Cannot send yet</source>
        <translation>Cannot send yet</translation>
    </message>
    <message>
        <source>No one to send to</source>
        <translation>No one to send to</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Sending progress</translation>
    </message>
    <message>
        <source>Why Send is not available</source>
        <translation>Why Send is not available</translation>
    </message>
    <message>
        <source>Pause stops after the requests under way; Resume goes on with the rest. Nobody gets the message twice.</source>
        <translation>Pause stops after the requests under way; Resume goes on with the rest. Nobody gets the message twice.</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <source>Stop before the next request; everything already sent stays tracked</source>
        <translation>Stop before the next request; everything already sent stays tracked</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <source>Review the recipients and the cost, then confirm (Ctrl+Enter)</source>
        <translation>Review the recipients and the cost, then confirm (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Paused. {counts}</source>
        <translation>Paused. {counts}</translation>
    </message>
    <message>
        <source>Job {job} is scheduled for {when}. SMS Desk sends it then: leave the app running.</source>
        <translation>Job {job} is scheduled for {when}. SMS Desk sends it then: leave the app running.</translation>
    </message>
    <message>
        <source>Job {job}: {submitted} submitted, {scheduled} scheduled, {failed} failed, {unknown} unknown, {cancelled} cancelled; {cost}.</source>
        <translation>Job {job}: {submitted} submitted, {scheduled} scheduled, {failed} failed, {unknown} unknown, {cancelled} cancelled; {cost}.</translation>
    </message>
    <message>
        <source>Sending paused</source>
        <translation>Sending paused</translation>
    </message>
    <message>
        <source>Fix the problem, then resume the job on the Status tab: numbers already sent are not sent again.</source>
        <translation>Fix the problem, then resume the job on the Status tab: numbers already sent are not sent again.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Sending stopped</translation>
    </message>
    <message>
        <source>{error}
Numbers already sent stay tracked on the Status tab.</source>
        <translation>{error}
Numbers already sent stay tracked on the Status tab.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Cancelling after the requests under way…</source>
        <translation>Cancelling after the requests under way…</translation>
    </message>
    <message>
        <source>{name} ({phone})</source>
        <translation>{name} ({phone})</translation>
    </message>
    <message>
        <source>Reply to {who}</source>
        <translation>Reply to {who}</translation>
    </message>
</context>
<context>
    <name>ComposeTab</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Insert &amp;placeholder</translation>
    </message>
    <message>
        <source>Insert a column of the ticked lists; each recipient gets their own value</source>
        <translation>Insert a column of the ticked lists; each recipient gets their own value</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>Te&amp;mplate:</translation>
    </message>
    <message>
        <source>Counting {n} recipients…</source>
        <translation>Counting {n} recipients…</translation>
    </message>
    <message>
        <source>The cost could not be counted: {error}</source>
        <translation>The cost could not be counted: {error}</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Choose a template.</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>Write the message.</translation>
    </message>
    <message>
        <source>Choose recipients: tick a list or type numbers.</source>
        <translation>Choose recipients: tick a list or type numbers.</translation>
    </message>
    <message>
        <source>The vendor cannot take this message.</source>
        <translation>The vendor cannot take this message.</translation>
    </message>
    <message>
        <source>The time is inside the quiet hours: tick “Send during quiet hours anyway” or choose another time.</source>
        <translation>The time is inside the quiet hours: tick “Send during quiet hours anyway” or choose another time.</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Schedule…</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <source> (practice: nothing is really sent)</source>
        <translation> (practice: nothing is really sent)</translation>
    </message>
    <message>
        <source>Tick a contact list to use its columns</source>
        <translation>Tick a contact list to use its columns</translation>
    </message>
    <message>
        <source>Add an account first (the Sandbox is free).</source>
        <translation>Add an account first (the Sandbox is free).</translation>
    </message>
    <message>
        <source>Job {job} cancelled: {counts}.</source>
        <translation>Job {job} cancelled: {counts}.</translation>
    </message>
    <message>
        <source>Job {job} paused: {counts}. Resume it on the Status tab.</source>
        <translation>Job {job} paused: {counts}. Resume it on the Status tab.</translation>
    </message>
    <message>
        <source>Job {job} is scheduled.</source>
        <translation>Job {job} is scheduled.</translation>
    </message>
    <message>
        <source>Job {job} sent: {counts}. Delivery reports follow on the Status tab.</source>
        <translation>Job {job} sent: {counts}. Delivery reports follow on the Status tab.</translation>
    </message>
</context>
<context>
    <name>ConfirmSendDialog</name>
    <message>
        <source>Send this message?</source>
        <translation>Send this message?</translation>
    </message>
    <message>
        <source>Schedule this message?</source>
        <translation>Schedule this message?</translation>
    </message>
    <message>
        <source>{n} recipients, about {points} {unit}.</source>
        <translation>{n} recipients, about {points} {unit}.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>{n} {why}</source>
        <translation>{n} {why}</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Skipped:</translation>
    </message>
    <message>
        <source>{total} ({parts})</source>
        <translation>{total} ({parts})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segments:</translation>
    </message>
    <message>
        <source>{segments} in total (up to {max} per message)</source>
        <translation>{segments} in total (up to {max} per message)</translation>
    </message>
    <message>
        <source>Estimated cost:</source>
        <translation>Estimated cost:</translation>
    </message>
    <message>
        <source>{points} {unit}</source>
        <translation>{points} {unit}</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Why skipped</source>
        <translation>Why skipped</translation>
    </message>
    <message>
        <source>Skipped recipients</source>
        <translation>Skipped recipients</translation>
    </message>
    <message>
        <source>Skipped recipients (they get nothing and cost nothing):</source>
        <translation>Skipped recipients (they get nothing and cost nothing):</translation>
    </message>
    <message>
        <source>Skipped recipients, the first {shown} of {total}:</source>
        <translation>Skipped recipients, the first {shown} of {total}:</translation>
    </message>
    <message>
        <source>First message:</source>
        <translation>First message:</translation>
    </message>
    <message>
        <source>Send it to them again as well</source>
        <translation>Send it to them again as well</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>First message</translation>
    </message>
    <message>
        <source>Full summary as text</source>
        <translation>Full summary as text</translation>
    </message>
    <message>
        <source>Send summary</source>
        <translation>Send summary</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>{vendor} does not report a balance; check it in the vendor&apos;s console.</source>
        <translation>{vendor} does not report a balance; check it in the vendor&apos;s console.</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>just checked</source>
        <translation>just checked</translation>
    </message>
    <message>
        <source>last known</source>
        <translation>last known</translation>
    </message>
    <message>
        <source>{balance} {unit} ({when}); about {after} left after this send</source>
        <translation>{balance} {unit} ({when}); about {after} left after this send</translation>
    </message>
    <message>
        <source>{balance} {unit} ({when}): NOT ENOUGH for this send. Top up first, or the vendor may refuse part of it.</source>
        <translation>{balance} {unit} ({when}): NOT ENOUGH for this send. Top up first, or the vendor may refuse part of it.</translation>
    </message>
    <message>
        <source>The balance could not be checked just now: {error}</source>
        <translation>The balance could not be checked just now: {error}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>{when} (UTC{sign}{hh}:{mm}, this computer&apos;s time zone)</source>
        <translation>{when} (UTC{sign}{hh}:{mm}, this computer&apos;s time zone)</translation>
    </message>
    <message>
        <source>{vendor} cannot schedule: SMS Desk sends it at that time, so the app must be running then.</source>
        <translation>{vendor} cannot schedule: SMS Desk sends it at that time, so the app must be running then.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add a contact to “{name}”</source>
        <translation>Add a contact to “{name}”</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678 or +886 912 345 678</source>
        <translation>e.g. 0912 345 678 or +886 912 345 678</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile number:</source>
        <translation>Mobile number:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>The number “{value}” cannot be used: {reason}</source>
        <translation>The number “{value}” cannot be used: {reason}</translation>
    </message>
    <message>
        <source>That list no longer exists. Refresh the list view and try again.</source>
        <translation>That list no longer exists. Refresh the list view and try again.</translation>
    </message>
    <message>
        <source>Enter a name for the list.</source>
        <translation>Enter a name for the list.</translation>
    </message>
    <message>
        <source>A list named “{name}” already exists. Choose another name.</source>
        <translation>A list named “{name}” already exists. Choose another name.</translation>
    </message>
    <message>
        <source>That contact no longer exists. Refresh the list and try again.</source>
        <translation>That contact no longer exists. Refresh the list and try again.</translation>
    </message>
    <message>
        <source>The number {phone} is already in this list. Edit that contact instead.</source>
        <translation>The number {phone} is already in this list. Edit that contact instead.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Added by hand</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Imported from a file</translation>
    </message>
    <message>
        <source>Replied to opt out</source>
        <translation>Replied to opt out</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>How it was added</source>
        <translation>How it was added</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>On the opt-out list: kept in this list, but never sent messages.</source>
        <translation>On the opt-out list: kept in this list, but never sent messages.</translation>
    </message>
    <message>
        <source>(opted out)</source>
        <translation>(opted out)</translation>
    </message>
</context>
<context>
    <name>CostCounter</name>
    <message>
        <source>Length and cost</source>
        <translation>Length and cost</translation>
    </message>
    <message>
        <source>A segment is one SMS: 160 plain characters, or 70 when the text needs Chinese or other characters outside the basic SMS alphabet. Longer text goes in parts of 153 or 67, each charged; the points are the vendor&apos;s price. Counted before duplicates and opt-outs are removed; the confirmation shows the exact figures.</source>
        <translation>A segment is one SMS: 160 plain characters, or 70 when the text needs Chinese or other characters outside the basic SMS alphabet. Longer text goes in parts of 153 or 67, each charged; the points are the vendor&apos;s price. Counted before duplicates and opt-outs are removed; the confirmation shows the exact figures.</translation>
    </message>
    <message>
        <source>F&amp;ix: use plain characters</source>
        <translation>F&amp;ix: use plain characters</translation>
    </message>
    <message>
        <source>Replace them with look-alikes from the basic SMS alphabet, so the message costs half as much</source>
        <translation>Replace them with look-alikes from the basic SMS alphabet, so the message costs half as much</translation>
    </message>
    <message>
        <source>Show one</source>
        <translation>Show one</translation>
    </message>
    <message>
        <source>Show a recipient with a missing value in the preview</source>
        <translation>Show a recipient with a missing value in the preview</translation>
    </message>
    <message numerus="yes">
        <source>point(s)</source>
        <translation>
            <numerusform>point</numerusform>
            <numerusform>points</numerusform>
        </translation>
    </message>
    <message>
        <source>The template&apos;s text is unknown, so each recipient is counted as 1 {unit}.</source>
        <translation>The template&apos;s text is unknown, so each recipient is counted as 1 {unit}.</translation>
    </message>
    <message>
        <source>0 characters</source>
        <translation>0 characters</translation>
    </message>
    <message numerus="yes">
        <source>{chars} characters · {encoding} · %n segment(s)</source>
        <translation>
            <numerusform>{chars} characters · {encoding} · %n segment</numerusform>
            <numerusform>{chars} characters · {encoding} · %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>(room for {left} more before the next one)</source>
        <translation>(room for {left} more before the next one)</translation>
    </message>
    <message>
        <source>{points} {unit} per Taiwan recipient</source>
        <translation>{points} {unit} per Taiwan recipient</translation>
    </message>
    <message>
        <source>{points} {unit} per recipient</source>
        <translation>{points} {unit} per recipient</translation>
    </message>
    <message numerus="yes">
        <source>about {total} {unit} for %Ln recipient(s)</source>
        <translation>
            <numerusform>about {total} {unit} for %Ln recipient</numerusform>
            <numerusform>about {total} {unit} for %Ln recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted on the longest message, {who}&apos;s.</source>
        <translation>Counted on the longest message, {who}&apos;s.</translation>
    </message>
    <message>
        <source>These characters switch the message to UCS-2 (70 characters per segment instead of 160), which can double its cost: {chars}</source>
        <translation>These characters switch the message to UCS-2 (70 characters per segment instead of 160), which can double its cost: {chars}</translation>
    </message>
    <message>
        <source>These characters switch the message to UCS-2 (70 characters per segment instead of 160): {chars}. Some have no plain look-alike; remove or replace them by hand.</source>
        <translation>These characters switch the message to UCS-2 (70 characters per segment instead of 160): {chars}. Some have no plain look-alike; remove or replace them by hand.</translation>
    </message>
    <message>
        <source>Some recipients&apos; values (names or columns) contain characters that switch their message to UCS-2, so it costs more.</source>
        <translation>Some recipients&apos; values (names or columns) contain characters that switch their message to UCS-2, so it costs more.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <source>Replace: {pairs}</source>
        <translation>Replace: {pairs}</translation>
    </message>
    <message>
        <source>{n} recipients cannot get this message and will be skipped: {problem}</source>
        <translation>{n} recipients cannot get this message and will be skipped: {problem}</translation>
    </message>
    <message>
        <source>{n} typed entries are not mobile numbers and will be skipped.</source>
        <translation>{n} typed entries are not mobile numbers and will be skipped.</translation>
    </message>
    <message>
        <source>{n} of {total} recipients have no value for {names}: their message will have a blank there.</source>
        <translation>{n} of {total} recipients have no value for {names}: their message will have a blank there.</translation>
    </message>
    <message>
        <source>No value entered for {names}: fill it in, or SMS Desk cannot send this template.</source>
        <translation>No value entered for {names}: fill it in, or SMS Desk cannot send this template.</translation>
    </message>
    <message>
        <source>No ticked list has a column called {names}. Check the spelling.</source>
        <translation>No ticked list has a column called {names}. Check the spelling.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Macau</source>
        <translation>Macau</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>United Arab Emirates</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambodia</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>United States</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>South Korea</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The system keychain is locked, so the password cannot be saved. Unlock it and try again, or keep the password for this session only (you will be asked again next time).</source>
        <translation>The system keychain is locked, so the password cannot be saved. Unlock it and try again, or keep the password for this session only (you will be asked again next time).</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the password cannot be saved. You can keep it for this session only (you will be asked again next time). SMS Desk never writes passwords to a file.</source>
        <translation>No system keychain is available on this computer, so the password cannot be saved. You can keep it for this session only (you will be asked again next time). SMS Desk never writes passwords to a file.</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>&amp;Use again</source>
        <translation>&amp;Use again</translation>
    </message>
    <message>
        <source>Fill Compose with the message and recipients just sent</source>
        <translation>Fill Compose with the message and recipients just sent</translation>
    </message>
    <message>
        <source>Restore the earlier draft</source>
        <translation>Restore the earlier draft</translation>
    </message>
    <message>
        <source>Put back the message and recipients you were writing before the reply</source>
        <translation>Put back the message and recipients you were writing before the reply</translation>
    </message>
    <message>
        <source>The draft you were writing is set aside.</source>
        <translation>The draft you were writing is set aside.</translation>
    </message>
    <message>
        <source>The message just sent is cleared from Compose.</source>
        <translation>The message just sent is cleared from Compose.</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>Job {job} was scheduled for {when}, {minutes} minutes ago (SMS Desk was not running then), so it was not sent. Send it late with “smsdesk-cli run-due --late-ok” or cancel it with “smsdesk-cli cancel {job}”.</source>
        <translation>Job {job} was scheduled for {when}, {minutes} minutes ago (SMS Desk was not running then), so it was not sent. Send it late with “smsdesk-cli run-due --late-ok” or cancel it with “smsdesk-cli cancel {job}”.</translation>
    </message>
    <message>
        <source>Scheduled job {job} could not be sent: {error} Fix it, then resume the job.</source>
        <translation>Scheduled job {job} could not be sent: {error} Fix it, then resume the job.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>There is no job number {job}.</source>
        <translation>There is no job number {job}.</translation>
    </message>
    <message>
        <source>Job {job} is already cancelled. Nothing was changed.</source>
        <translation>Job {job} is already cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>Job {job} has finished: nothing of it is waiting to be sent, so there is nothing to cancel. Nothing was changed.</source>
        <translation>Job {job} has finished: nothing of it is waiting to be sent, so there is nothing to cancel. Nothing was changed.</translation>
    </message>
    <message>
        <source>{scheduled} recipients stay scheduled at the vendor for {when}; the other {rest} were sent at once, as you chose.</source>
        <translation>{scheduled} recipients stay scheduled at the vendor for {when}; the other {rest} were sent at once, as you chose.</translation>
    </message>
    <message>
        <source>Job {job} is scheduled for {when}; nothing was sent now. SMS Desk sends it then, while the window is open or when “smsdesk-cli run-due” runs.</source>
        <translation>Job {job} is scheduled for {when}; nothing was sent now. SMS Desk sends it then, while the window is open or when “smsdesk-cli run-due” runs.</translation>
    </message>
    <message>
        <source>Stopped when SMS Desk was closed. Resume the job to send to the rest.</source>
        <translation>Stopped when SMS Desk was closed. Resume the job to send to the rest.</translation>
    </message>
    <message>
        <source>An internal error happened while sending; the outcome is not known.</source>
        <translation>An internal error happened while sending; the outcome is not known.</translation>
    </message>
    <message>
        <source>The vendor&apos;s answer did not mention this number, so its outcome is not known.</source>
        <translation>The vendor&apos;s answer did not mention this number, so its outcome is not known.</translation>
    </message>
    <message>
        <source>Job {job} is being sent right now by another SMS Desk window or the command line (process {where}). Nothing was sent twice. Wait until that send finishes, then look at the job on the Status tab.</source>
        <translation>Job {job} is being sent right now by another SMS Desk window or the command line (process {where}). Nothing was sent twice. Wait until that send finishes, then look at the job on the Status tab.</translation>
    </message>
    <message>
        <source>That process has not renewed its hold on the job for {seconds} s (it may be suspended or waiting for the data file), but it is still running on this computer, so its send is not taken over. Let it finish or end that process, then resume the job.</source>
        <translation>That process has not renewed its hold on the job for {seconds} s (it may be suspended or waiting for the data file), but it is still running on this computer, so its send is not taken over. Let it finish or end that process, then resume the job.</translation>
    </message>
    <message>
        <source>This send of job {job} stopped: another SMS Desk (process {where}) took the job over while this one could not renew its hold (it was suspended or cut off from the data file). Nothing more was sent from here and nothing was sent twice; the other send finishes the job. Messages whose answers had not come back are shown as unknown and are not resent.</source>
        <translation>This send of job {job} stopped: another SMS Desk (process {where}) took the job over while this one could not renew its hold (it was suspended or cut off from the data file). Nothing more was sent from here and nothing was sent twice; the other send finishes the job. Messages whose answers had not come back are shown as unknown and are not resent.</translation>
    </message>
    <message>
        <source>Sending job {job} stopped before its next message: for {seconds} s SMS Desk could not confirm that it still holds the job, because the data file could not be written ({error}). Nothing was sent twice. Close other programs that use the data file, then resume the job.</source>
        <translation>Sending job {job} stopped before its next message: for {seconds} s SMS Desk could not confirm that it still holds the job, because the data file could not be written ({error}). Nothing was sent twice. Close other programs that use the data file, then resume the job.</translation>
    </message>
    <message>
        <source>Not sent: this number was put on the opt-out list while the job was running.</source>
        <translation>Not sent: this number was put on the opt-out list while the job was running.</translation>
    </message>
</context>
<context>
    <name>ErrorKind</name>
    <message>
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <source>This computer&apos;s address is not allowed</source>
        <translation>This computer&apos;s address is not allowed</translation>
    </message>
    <message>
        <source>Not enough credit</source>
        <translation>Not enough credit</translation>
    </message>
    <message>
        <source>Phone number refused</source>
        <translation>Phone number refused</translation>
    </message>
    <message>
        <source>Message text refused</source>
        <translation>Message text refused</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Too many requests</translation>
    </message>
    <message>
        <source>Schedule refused</source>
        <translation>Schedule refused</translation>
    </message>
    <message>
        <source>Account setting refused</source>
        <translation>Account setting refused</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Temporary problem</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The file {path} could not be saved ({error}). Close it if it is open in Excel, or choose another folder, and try again.</source>
        <translation>The file {path} could not be saved ({error}). Close it if it is open in Excel, or choose another folder, and try again.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Scheduled for</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Template {id}</source>
        <translation>Template {id}</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Points charged</source>
        <translation>Points charged</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Net cost</source>
        <translation>Net cost</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Vendor status</source>
        <translation>Vendor status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>SMS Desk user guide</source>
        <translation>SMS Desk user guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Open the user guide at this screen&apos;s section (F1 opens it whole)</source>
        <translation>Open the user guide at this screen&apos;s section (F1 opens it whole)</translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <source>The vendor&apos;s answer could not be read, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>The vendor&apos;s answer could not be read, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</translation>
    </message>
    <message>
        <source>The vendor&apos;s answer could not be read. Try again in a few minutes.</source>
        <translation>The vendor&apos;s answer could not be read. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the vendor could not be made. Check the computer&apos;s date and time and any proxy or antivirus that inspects HTTPS.</source>
        <translation>A secure (TLS) connection to the vendor could not be made. Check the computer&apos;s date and time and any proxy or antivirus that inspects HTTPS.</translation>
    </message>
    <message>
        <source>The vendor&apos;s server could not be reached. Check the internet connection; nothing was sent.</source>
        <translation>The vendor&apos;s server could not be reached. Check the internet connection; nothing was sent.</translation>
    </message>
    <message>
        <source>The vendor asked us to slow down and did not accept the request. Nothing was sent; try again in a few minutes.</source>
        <translation>The vendor asked us to slow down and did not accept the request. Nothing was sent; try again in a few minutes.</translation>
    </message>
    <message>
        <source>The vendor&apos;s service is temporarily unavailable and did not accept the request. Nothing was sent; try again in a few minutes.</source>
        <translation>The vendor&apos;s service is temporarily unavailable and did not accept the request. Nothing was sent; try again in a few minutes.</translation>
    </message>
    <message>
        <source>The vendor&apos;s server failed while handling the request, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>The vendor&apos;s server failed while handling the request, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</translation>
    </message>
    <message>
        <source>The vendor&apos;s server had a temporary failure. Try again in a few minutes.</source>
        <translation>The vendor&apos;s server had a temporary failure. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>The connection was lost after the request was sent, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</translation>
    </message>
    <message>
        <source>The connection to the vendor failed. Try again in a few minutes.</source>
        <translation>The connection to the vendor failed. Try again in a few minutes.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>The import was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>The file {name} is damaged or incomplete and cannot be read. If it was downloaded or copied, do that again; otherwise open it in Excel, save it again, and import the new copy.</source>
        <translation>The file {name} is damaged or incomplete and cannot be read. If it was downloaded or copied, do that again; otherwise open it in Excel, save it again, and import the new copy.</translation>
    </message>
    <message>
        <source>The file {name} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, then clear it), save it, and import it again.</source>
        <translation>The file {name} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, then clear it), save it, and import it again.</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet (it looks like {what}). Choose an Excel file (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file.</source>
        <translation>The file {name} is not a spreadsheet (it looks like {what}). Choose an Excel file (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file.</translation>
    </message>
    <message>
        <source>The file {name} is too large to import safely ({detail}). Delete unused rows and columns, or split it into files of at most {rows} rows, and import them one by one.</source>
        <translation>The file {name} is too large to import safely ({detail}). Delete unused rows and columns, or split it into files of at most {rows} rows, and import them one by one.</translation>
    </message>
    <message>
        <source>The file {name} unpacks to far more data than its cells can hold (over {size} MB for {cells} cells), so it was not imported. It was not saved by a spreadsheet program as is, or it was tampered with. Open it in Excel, save it as a new .xlsx file, and import that.</source>
        <translation>The file {name} unpacks to far more data than its cells can hold (over {size} MB for {cells} cells), so it was not imported. It was not saved by a spreadsheet program as is, or it was tampered with. Open it in Excel, save it as a new .xlsx file, and import that.</translation>
    </message>
    <message>
        <source>The names and other columns of the sheet “{sheet}” hold more than {size} million characters in all, far more than a customer list needs, so nothing was imported. Delete the columns that are not needed for messages, or split the file, and import again.</source>
        <translation>The names and other columns of the sheet “{sheet}” hold more than {size} million characters in all, far more than a customer list needs, so nothing was imported. Delete the columns that are not needed for messages, or split the file, and import again.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” in {name} is empty. Choose the sheet that holds the customer list.</source>
        <translation>The sheet “{sheet}” in {name} is empty. Choose the sheet that holds the customer list.</translation>
    </message>
    <message>
        <source>No column with phone numbers was found in the sheet “{sheet}”. Give the phone column a heading such as 手機 or Mobile, or choose the column in the import dialog.</source>
        <translation>No column with phone numbers was found in the sheet “{sheet}”. Give the phone column a heading such as 手機 or Mobile, or choose the column in the import dialog.</translation>
    </message>
    <message>
        <source>The phone cell holds a formula without a usable saved result (it may show an error such as #N/A). Fix the formula in Excel, save the file, and import it again.</source>
        <translation>The phone cell holds a formula without a usable saved result (it may show an error such as #N/A). Fix the formula in Excel, save the file, and import it again.</translation>
    </message>
    <message>
        <source>The row holds only formulas, and the file does not store their results: it was saved by a program that does not keep them. Open the file in Excel, save it, and import it again.</source>
        <translation>The row holds only formulas, and the file does not store their results: it was saved by a program that does not keep them. Open the file in Excel, save it, and import it again.</translation>
    </message>
    <message>
        <source>A cell in this row holds more than 32,767 characters, Excel&apos;s own limit for a cell; the row was not imported. Shorten that cell and import the file again.</source>
        <translation>A cell in this row holds more than 32,767 characters, Excel&apos;s own limit for a cell; the row was not imported. Shorten that cell and import the file again.</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Choose the file again.</source>
        <translation>The file {path} does not exist. Choose the file again.</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes). Choose the file that holds the list.</source>
        <translation>The file {name} is empty (0 bytes). Choose the file that holds the list.</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>a picture</translation>
    </message>
    <message>
        <source>The file {name} is a web page saved with a spreadsheet name. Open it in Excel, save it as an Excel Workbook (.xlsx), and import the new file.</source>
        <translation>The file {name} is a web page saved with a spreadsheet name. Open it in Excel, save it as an Excel Workbook (.xlsx), and import the new file.</translation>
    </message>
    <message>
        <source>The file {name} is an XML file (perhaps an old “XML Spreadsheet 2003”). Open it in Excel, save it as an Excel Workbook (.xlsx), and import the new file.</source>
        <translation>The file {name} is an XML file (perhaps an old “XML Spreadsheet 2003”). Open it in Excel, save it as an Excel Workbook (.xlsx), and import the new file.</translation>
    </message>
    <message>
        <source>a program or other binary file</source>
        <translation>a program or other binary file</translation>
    </message>
    <message>
        <source>The file {name} could not be opened ({error}). Check that it still exists and is not locked by another program, then try again.</source>
        <translation>The file {name} could not be opened ({error}). Check that it still exists and is not locked by another program, then try again.</translation>
    </message>
    <message>
        <source>an OpenDocument text or presentation</source>
        <translation>an OpenDocument text or presentation</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>a Word document</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>a PowerPoint presentation</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>a zip archive</translation>
    </message>
    <message>
        <source>an old Office file that is not a workbook</source>
        <translation>an old Office file that is not a workbook</translation>
    </message>
    <message>
        <source>an .xls file over {size} MB</source>
        <translation>an .xls file over {size} MB</translation>
    </message>
    <message>
        <source>a part of it would unpack to {size} MB</source>
        <translation>a part of it would unpack to {size} MB</translation>
    </message>
    <message>
        <source>it would unpack to {size} MB</source>
        <translation>it would unpack to {size} MB</translation>
    </message>
    <message>
        <source>an internal part is unusually large</source>
        <translation>an internal part is unusually large</translation>
    </message>
    <message>
        <source>it unpacks to more than it declares</source>
        <translation>it unpacks to more than it declares</translation>
    </message>
    <message>
        <source>a cell holds more than {chars} characters</source>
        <translation>a cell holds more than {chars} characters</translation>
    </message>
    <message>
        <source>the sheet spans {rows} rows × {cols} columns</source>
        <translation>the sheet spans {rows} rows × {cols} columns</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” was not found in {name}. Sheets in this file: {sheets}.</source>
        <translation>The sheet “{sheet}” was not found in {name}. Sheets in this file: {sheets}.</translation>
    </message>
    <message>
        <source>its sheets hold {cells} cells</source>
        <translation>its sheets hold {cells} cells</translation>
    </message>
    <message>
        <source>it holds {count} internal files</source>
        <translation>it holds {count} internal files</translation>
    </message>
    <message>
        <source>row {row} holds more than {chars} characters</source>
        <translation>row {row} holds more than {chars} characters</translation>
    </message>
    <message>
        <source>The text encoding of {name} could not be recognised. In Excel use Save As &gt; “CSV UTF-8” and import the new file.</source>
        <translation>The text encoding of {name} could not be recognised. In Excel use Save As &gt; “CSV UTF-8” and import the new file.</translation>
    </message>
    <message>
        <source>Part of {name} is in a different text encoding from the rest. In Excel use Save As &gt; “CSV UTF-8” and import the new file.</source>
        <translation>Part of {name} is in a different text encoding from the rest. In Excel use Save As &gt; “CSV UTF-8” and import the new file.</translation>
    </message>
    <message>
        <source>line {line} is longer than {chars} characters</source>
        <translation>line {line} is longer than {chars} characters</translation>
    </message>
    <message>
        <source>more than {rows} rows</source>
        <translation>more than {rows} rows</translation>
    </message>
    <message>
        <source>more than {cols} columns</source>
        <translation>more than {cols} columns</translation>
    </message>
    <message>
        <source>Row {row} of {name} could not be read ({error}). Fix that row (often a stray quotation mark) or save the file as .xlsx, and import again.</source>
        <translation>Row {row} of {name} could not be read ({error}). Fix that row (often a stray quotation mark) or save the file as .xlsx, and import again.</translation>
    </message>
    <message>
        <source>Excel binary workbooks (.xlsb) cannot be imported. Open the file in Excel, save it as an Excel Workbook (.xlsx), and import the new file.</source>
        <translation>Excel binary workbooks (.xlsb) cannot be imported. Open the file in Excel, save it as an Excel Workbook (.xlsx), and import the new file.</translation>
    </message>
    <message>
        <source>The file {name} contains plain text although its name ends in {suffix}. If it is a CSV export, rename it to end in .csv; or open it in Excel and save it as .xlsx. Then import it again.</source>
        <translation>The file {name} contains plain text although its name ends in {suffix}. If it is a CSV export, rename it to end in .csv; or open it in Excel and save it as .xlsx. Then import it again.</translation>
    </message>
    <message>
        <source>The column “{column}” was not found in the sheet “{sheet}”. Columns: {columns}.</source>
        <translation>The column “{column}” was not found in the sheet “{sheet}”. Columns: {columns}.</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>Column {letter}</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Imported numbers</source>
        <translation>Imported numbers</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>New contacts</translation>
    </message>
    <message>
        <source>Updated contacts</source>
        <translation>Updated contacts</translation>
    </message>
    <message>
        <source>Rows with a problem</source>
        <translation>Rows with a problem</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Duplicate rows</translation>
    </message>
    <message>
        <source>Opted-out numbers (kept, never sent to)</source>
        <translation>Opted-out numbers (kept, never sent to)</translation>
    </message>
    <message>
        <source>Duplicate: this number is already on row {row}.</source>
        <translation>Duplicate: this number is already on row {row}.</translation>
    </message>
    <message>
        <source>More than one number in the cell; only the first usable one was imported.</source>
        <translation>More than one number in the cell; only the first usable one was imported.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Enter a name for the list.</source>
        <translation>Enter a name for the list.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has a header row but no customers below it. Choose the sheet that holds the list.</source>
        <translation>The sheet “{sheet}” has a header row but no customers below it. Choose the sheet that holds the list.</translation>
    </message>
    <message>
        <source>reading it needs more than the {size} MB set aside for an import</source>
        <translation>reading it needs more than the {size} MB set aside for an import</translation>
    </message>
    <message>
        <source>The file {name} could not be read: the program reading it stopped unexpectedly. Try once more; if it happens again, open the file in Excel, save it as a new .xlsx file and import that.</source>
        <translation>The file {name} could not be read: the program reading it stopped unexpectedly. Try once more; if it happens again, open the file in Excel, save it as a new .xlsx file and import that.</translation>
    </message>
    <message>
        <source>its cells hold more than {size} MB of text or {count} different texts</source>
        <translation>its cells hold more than {size} MB of text or {count} different texts</translation>
    </message>
    <message>
        <source>it merges more than {count} blocks of cells</source>
        <translation>it merges more than {count} blocks of cells</translation>
    </message>
    <message>
        <source>row {row} holds more than {size} MB</source>
        <translation>row {row} holds more than {size} MB</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Spreadsheets and CSV files ({patterns});;All files (*)</source>
        <translation>Spreadsheets and CSV files ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Import numbers to the opt-out list</source>
        <translation>Import numbers to the opt-out list</translation>
    </message>
    <message>
        <source>Import a customer list</source>
        <translation>Import a customer list</translation>
    </message>
    <message>
        <source>Every number in the chosen column is added to the opt-out list: nobody on it is sent messages again, from any account.</source>
        <translation>Every number in the chosen column is added to the opt-out list: nobody on it is sent messages again, from any account.</translation>
    </message>
    <message>
        <source>Choose the file, check that the numbers below look right, then import. Other columns are kept so that messages can use them (for example {門市}).</source>
        <translation>Choose the file, check that the numbers below look right, then import. Other columns are kept so that messages can use them (for example {門市}).</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation>Import into:</translation>
    </message>
    <message>
        <source>Column with the phone numbers</source>
        <translation>Column with the phone numbers</translation>
    </message>
    <message>
        <source>Column with the names</source>
        <translation>Column with the names</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Names:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>&amp;Phone numbers:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Choose the column that holds the phone numbers.</translation>
    </message>
    <message>
        <source>Enter a name for the new list, or choose a list to add to.</source>
        <translation>Enter a name for the new list, or choose a list to add to.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>The file could not be read ({error}). Check that it is a spreadsheet or CSV file and that no other program has it open, then choose it again.</source>
        <translation>The file could not be read ({error}). Check that it is a spreadsheet or CSV file and that no other program has it open, then choose it again.</translation>
    </message>
    <message>
        <source>No column with phone numbers was recognised. Choose the column that holds them under “Phone numbers”.</source>
        <translation>No column with phone numbers was recognised. Choose the column that holds them under “Phone numbers”.</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (hidden)</translation>
    </message>
    <message>
        <source>{title} (column {letter})</source>
        <translation>{title} (column {letter})</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>Choose a column…</translation>
    </message>
    <message>
        <source>(no name column)</source>
        <translation>(no name column)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Row {row} of {total}</source>
        <translation>Row {row} of {total}</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected problem ({error}). Nothing was changed. Try again; if it happens again, save the file as .xlsx in Excel and import that copy.</source>
        <translation>The import stopped because of an unexpected problem ({error}). Nothing was changed. Try again; if it happens again, save the file as .xlsx in Excel and import that copy.</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>First on row</source>
        <translation>First on row</translation>
    </message>
    <message>
        <source>Other numbers in the cell (not imported)</source>
        <translation>Other numbers in the cell (not imported)</translation>
    </message>
    <message>
        <source>Rows with a problem</source>
        <translation>Rows with a problem</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Duplicate rows</translation>
    </message>
    <message>
        <source>Cells with more than one number</source>
        <translation>Cells with more than one number</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>Save these counts and every row with a problem as an Excel file</source>
        <translation>Save these counts and every row with a problem as an Excel file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Imported into “{name}”</source>
        <translation>Imported into “{name}”</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Usable numbers imported</source>
        <translation>Usable numbers imported</translation>
    </message>
    <message>
        <source>new contacts</source>
        <translation>new contacts</translation>
    </message>
    <message>
        <source>already in the list (updated)</source>
        <translation>already in the list (updated)</translation>
    </message>
    <message>
        <source>Rows with a problem (not imported)</source>
        <translation>Rows with a problem (not imported)</translation>
    </message>
    <message>
        <source>Duplicate rows in the file (not imported again)</source>
        <translation>Duplicate rows in the file (not imported again)</translation>
    </message>
    <message>
        <source>On the opt-out list (kept, never sent to)</source>
        <translation>On the opt-out list (kept, never sent to)</translation>
    </message>
    <message>
        <source>Cells with more than one number (first one imported)</source>
        <translation>Cells with more than one number (first one imported)</translation>
    </message>
    <message>
        <source>Numbers added to the opt-out list</source>
        <translation>Numbers added to the opt-out list</translation>
    </message>
    <message>
        <source>Added to the opt-out list</source>
        <translation>Added to the opt-out list</translation>
    </message>
    <message>
        <source>Already on the opt-out list</source>
        <translation>Already on the opt-out list</translation>
    </message>
    <message>
        <source>Rows with a problem (not added)</source>
        <translation>Rows with a problem (not added)</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <source>Duplicates ({n})</source>
        <translation>Duplicates ({n})</translation>
    </message>
    <message>
        <source>More than one number ({n})</source>
        <translation>More than one number ({n})</translation>
    </message>
    <message>
        <source>Only the first {n} duplicate rows are listed; the count above is exact.</source>
        <translation>Only the first {n} duplicate rows are listed; the count above is exact.</translation>
    </message>
    <message>
        <source>Fix the rows with a problem in your spreadsheet and import the file again: numbers already imported are updated, not added twice.</source>
        <translation>Fix the rows with a problem in your spreadsheet and import the file again: numbers already imported are updated, not added twice.</translation>
    </message>
    <message>
        <source>{name} import report.xlsx</source>
        <translation>{name} import report.xlsx</translation>
    </message>
    <message>
        <source>Export the import report</source>
        <translation>Export the import report</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Import report saved to {path}.</source>
        <translation>Import report saved to {path}.</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Report saved to {path}.</translation>
    </message>
    <message>
        <source>The report could not be saved ({error}). Choose another folder or file name and try again.</source>
        <translation>The report could not be saved ({error}). Choose another folder or file name and try again.</translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <source>New list named</source>
        <translation>New list named</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <source>Name of the new list</source>
        <translation>Name of the new list</translation>
    </message>
    <message>
        <source>Existing list</source>
        <translation>Existing list</translation>
    </message>
    <message>
        <source>The list “{name}” has {n} contacts. Numbers already in it are updated with the file&apos;s values, new numbers are added, nobody is removed.</source>
        <translation>The list “{name}” has {n} contacts. Numbers already in it are updated with the file&apos;s values, new numbers are added, nobody is removed.</translation>
    </message>
</context>
<context>
    <name>JobReport</name>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opted out</translation>
    </message>
    <message>
        <source>The phone could not be reached in time</source>
        <translation>The phone could not be reached in time</translation>
    </message>
    <message>
        <source>Delivery funnel</source>
        <translation>Delivery funnel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Why messages failed</source>
        <translation>Why messages failed</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>JobReportChart</name>
    <message>
        <source>Delivery report</source>
        <translation>Delivery report</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Other reasons</translation>
    </message>
    <message>
        <source>Delivery funnel</source>
        <translation>Delivery funnel</translation>
    </message>
    <message>
        <source>Why messages failed</source>
        <translation>Why messages failed</translation>
    </message>
    <message>
        <source>No message failed</source>
        <translation>No message failed</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Waiting for reports</source>
        <translation>Waiting for reports</translation>
    </message>
</context>
<context>
    <name>Join</name>
    <message>
        <source>Copied to the shared workspace: {accounts} accounts, {lists} lists, {contacts} contacts, {optouts} opt-outs, {jobs} jobs with {messages} messages, {replies} replies, {balances} balance readings.</source>
        <translation>Copied to the shared workspace: {accounts} accounts, {lists} lists, {contacts} contacts, {optouts} opt-outs, {jobs} jobs with {messages} messages, {replies} replies, {balances} balance readings.</translation>
    </message>
    <message>
        <source>Accounts already in the workspace under the same name were merged: {names}. Check their settings in Tools → Accounts.</source>
        <translation>Accounts already in the workspace under the same name were merged: {names}. Check their settings in Tools → Accounts.</translation>
    </message>
    <message>
        <source>Lists already in the workspace under the same name were merged (their contacts together, each number once): {names}.</source>
        <translation>Lists already in the workspace under the same name were merged (their contacts together, each number once): {names}.</translation>
    </message>
    <message>
        <source>{n} Sandbox jobs stay on this desk: the Sandbox is for practice.</source>
        <translation>{n} Sandbox jobs stay on this desk: the Sandbox is for practice.</translation>
    </message>
    <message>
        <source>This desk&apos;s own data file is kept, read-only, as a backup: {path}. Passwords stay in this computer&apos;s keychain: enter them once on each desk (Tools → Accounts).</source>
        <translation>This desk&apos;s own data file is kept, read-only, as a backup: {path}. Passwords stay in this computer&apos;s keychain: enter them once on each desk (Tools → Accounts).</translation>
    </message>
    <message>
        <source>The move to the shared workspace was stopped after {done} of {total} records; what was copied stays there. Start it again to copy the rest: nothing is copied twice.</source>
        <translation>The move to the shared workspace was stopped after {done} of {total} records; what was copied stays there. Start it again to copy the rest: nothing is copied twice.</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>lists</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>opt-outs</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>jobs</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>replies</translation>
    </message>
    <message>
        <source>balance readings</source>
        <translation>balance readings</translation>
    </message>
    <message>
        <source>A send is under way on this desk. Wait until it has finished (or stop it), then move the data to the shared workspace; nothing was copied.</source>
        <translation>A send is under way on this desk. Wait until it has finished (or stop it), then move the data to the shared workspace; nothing was copied.</translation>
    </message>
    <message>
        <source>This version of SMS Desk cannot open a shared workspace on PostgreSQL. Install the current version on every desk, then try again.</source>
        <translation>This version of SMS Desk cannot open a shared workspace on PostgreSQL. Install the current version on every desk, then try again.</translation>
    </message>
    <message>
        <source>This desk&apos;s data file and the shared workspace are the same; nothing was copied.</source>
        <translation>This desk&apos;s data file and the shared workspace are the same; nothing was copied.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>SMS Desk stopped while this message was being sent, so it is not known whether the vendor accepted it. It was not resent.</source>
        <translation>SMS Desk stopped while this message was being sent, so it is not known whether the vendor accepted it. It was not resent.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Passwords and keys are saved unencrypted in a plain-text file ({path}): anyone who can read that file can send SMS at your cost. Set up the system keychain (on Linux: GNOME Keyring or KWallet), uninstall the keyrings.alt package, restart SMS Desk and enter the passwords again; then delete that file.</source>
        <translation>Passwords and keys are saved unencrypted in a plain-text file ({path}): anyone who can read that file can send SMS at your cost. Set up the system keychain (on Linux: GNOME Keyring or KWallet), uninstall the keyrings.alt package, restart SMS Desk and enter the passwords again; then delete that file.</translation>
    </message>
    <message>
        <source>{name} keeps passwords and keys unencrypted. Set up the system keychain (on Linux: GNOME Keyring or KWallet), restart SMS Desk and enter the passwords again.</source>
        <translation>{name} keeps passwords and keys unencrypted. Set up the system keychain (on Linux: GNOME Keyring or KWallet), restart SMS Desk and enter the passwords again.</translation>
    </message>
    <message>
        <source>Passwords and keys are kept in memory only and are forgotten when SMS Desk closes.</source>
        <translation>Passwords and keys are kept in memory only and are forgotten when SMS Desk closes.</translation>
    </message>
    <message>
        <source>This computer has no usable system keychain ({name}): passwords and keys can be kept only until SMS Desk closes. On Windows and macOS, sign in to your own user account and restart SMS Desk; on Linux, install and unlock GNOME Keyring or KWallet (a Secret Service), then restart SMS Desk.</source>
        <translation>This computer has no usable system keychain ({name}): passwords and keys can be kept only until SMS Desk closes. On Windows and macOS, sign in to your own user account and restart SMS Desk; on Linux, install and unlock GNOME Keyring or KWallet (a Secret Service), then restart SMS Desk.</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows Credential Manager</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS Keychain</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation>Secret Service (GNOME Keyring, KWallet)</translation>
    </message>
    <message>
        <source>Secret Service (libsecret)</source>
        <translation>Secret Service (libsecret)</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>KDE Wallet</translation>
    </message>
    <message>
        <source>Windows registry, encrypted for your account</source>
        <translation>Windows registry, encrypted for your account</translation>
    </message>
    <message>
        <source>pass (GnuPG)</source>
        <translation>pass (GnuPG)</translation>
    </message>
    <message>
        <source>encrypted file (keyrings.alt)</source>
        <translation>encrypted file (keyrings.alt)</translation>
    </message>
    <message>
        <source>encrypted file (keyrings.cryptfile)</source>
        <translation>encrypted file (keyrings.cryptfile)</translation>
    </message>
    <message>
        <source>plain-text file (keyrings.alt)</source>
        <translation>plain-text file (keyrings.alt)</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>memory (this session only)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>none found</translation>
    </message>
    <message>
        <source>none (passwords are discarded)</source>
        <translation>none (passwords are discarded)</translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <source>Passwords and keys are kept in: {backend}.</source>
        <translation>Passwords and keys are kept in: {backend}.</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>{sentence} {next}</source>
        <translation>{sentence} {next}</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>{when} happens twice in this computer&apos;s time zone: the clocks go back that night. Say which one you mean: {first} or {second}.</source>
        <translation>{when} happens twice in this computer&apos;s time zone: the clocks go back that night. Say which one you mean: {first} or {second}.</translation>
    </message>
    <message>
        <source>{when} does not exist in this computer&apos;s time zone: the clocks go forward from {start} to {end} that night. Use {before} or {after}.</source>
        <translation>{when} does not exist in this computer&apos;s time zone: the clocks go forward from {start} to {end} that night. Use {before} or {after}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Compose</source>
        <translation>Compose</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Balances</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>SMS Desk stopped while sending last time: {n} messages may or may not have gone out and are marked Unknown (not resent). See the Status tab.</source>
        <translation>SMS Desk stopped while sending last time: {n} messages may or may not have gone out and are marked Unknown (not resent). See the Status tab.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;New message</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Import a spreadsheet…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Shared &amp;workspace…</source>
        <translation>Shared &amp;workspace…</translation>
    </message>
    <message>
        <source>&amp;Vendor tools</source>
        <translation>&amp;Vendor tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About SMS Desk</source>
        <translation>&amp;About SMS Desk</translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation>&amp;Getting started…</translation>
    </message>
    <message>
        <source>Shared workspace</source>
        <translation>Shared workspace</translation>
    </message>
    <message>
        <source>This desk&apos;s data is now in the shared workspace. SMS Desk closes now: start it again to work in the shared workspace.</source>
        <translation>This desk&apos;s data is now in the shared workspace. SMS Desk closes now: start it again to work in the shared workspace.</translation>
    </message>
    <message>
        <source>No account has vendor tools (Tencent, SepSMS)</source>
        <translation>No account has vendor tools (Tencent, SepSMS)</translation>
    </message>
    <message>
        <source>About SMS Desk</source>
        <translation>About SMS Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMS Desk&lt;/b&gt; {version}&lt;br&gt;Send, schedule and track SMS to your customers.&lt;br&gt;&lt;br&gt;Data folder: {home}&lt;br&gt;Password storage: {keyring}</source>
        <translation>&lt;b&gt;SMS Desk&lt;/b&gt; {version}&lt;br&gt;Send, schedule and track SMS to your customers.&lt;br&gt;&lt;br&gt;Data folder: {home}&lt;br&gt;Password storage: {keyring}</translation>
    </message>
    <message>
        <source>The send has stopped; nothing is under way now.</source>
        <translation>The send has stopped; nothing is under way now.</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Low balance</translation>
    </message>
    <message>
        <source>{account} has {balance} left. Top up before your next send.</source>
        <translation>{account} has {balance} left. Top up before your next send.</translation>
    </message>
    <message>
        <source>Messages are being sent</source>
        <translation>Messages are being sent</translation>
    </message>
    <message>
        <source>A send is in progress. If you quit now it stops after the requests already under way, and you can resume it later. Quit anyway?</source>
        <translation>A send is in progress. If you quit now it stops after the requests already under way, and you can resume it later. Quit anyway?</translation>
    </message>
    <message>
        <source>Quit and stop the send</source>
        <translation>Quit and stop the send</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Keep sending</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge lists</source>
        <translation>Merge lists</translation>
    </message>
    <message>
        <source>List to merge into</source>
        <translation>List to merge into</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Merge into:</translation>
    </message>
    <message>
        <source>Copy the contacts of these lists into it:</source>
        <translation>Copy the contacts of these lists into it:</translation>
    </message>
    <message>
        <source>Lists to merge</source>
        <translation>Lists to merge</translation>
    </message>
    <message>
        <source>Delete those lists afterwards</source>
        <translation>Delete those lists afterwards</translation>
    </message>
    <message>
        <source>A number in several lists is kept once; the target list&apos;s name and values win, missing values are filled in.</source>
        <translation>A number in several lists is kept once; the target list&apos;s name and values win, missing values are filled in.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Write your message. Insert placeholders such as {field} to personalise it.</source>
        <translation>Write your message. Insert placeholders such as {field} to personalise it.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Vendor status</source>
        <translation>Vendor status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Submitted: sent, no report yet. Delivered or Failed: the vendor&apos;s report. Expired: the phone stayed off. Unknown: it may or may not have gone out, and is not resent.</source>
        <translation>Submitted: sent, no report yet. Delivered or Failed: the vendor&apos;s report. Expired: the phone stayed off. Unknown: it may or may not have gone out, and is not resent.</translation>
    </message>
    <message>
        <source>The vendor&apos;s own status code, as it reported it</source>
        <translation>The vendor&apos;s own status code, as it reported it</translation>
    </message>
    <message>
        <source>What went wrong, in words, and how an unknown outcome was resolved</source>
        <translation>What went wrong, in words, and how an unknown outcome was resolved</translation>
    </message>
</context>
<context>
    <name>MissedSchedule</name>
    <message>
        <source>Part of the job missed its time</source>
        <translation>Part of the job missed its time</translation>
    </message>
    <message>
        <source>Send the rest now</source>
        <translation>Send the rest now</translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation>Cancel the rest</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{net} {unit}</source>
        <translation>{net} {unit}</translation>
    </message>
    <message>
        <source>{net} {unit} ({charged} charged, {refunded} refunded)</source>
        <translation>{net} {unit} ({charged} charged, {refunded} refunded)</translation>
    </message>
    <message>
        <source>{n} recipients have not been sent this message yet.</source>
        <translation>{n} recipients have not been sent this message yet.</translation>
    </message>
    <message>
        <source>{n} recipients have not been sent this message yet; they need about {need} {unit}.</source>
        <translation>{n} recipients have not been sent this message yet; they need about {need} {unit}.</translation>
    </message>
    <message>
        <source>Recipients: {n}. Estimated cost: about {cost} {unit}.</source>
        <translation>Recipients: {n}. Estimated cost: about {cost} {unit}.</translation>
    </message>
    <message>
        <source>This vendor does not report a balance; check it in its console.</source>
        <translation>This vendor does not report a balance; check it in its console.</translation>
    </message>
    <message>
        <source>The balance could not be read just now: {error}</source>
        <translation>The balance could not be read just now: {error}</translation>
    </message>
    <message>
        <source>Balance: {balance} {unit} (just checked): NOT ENOUGH. Top up first, or the vendor refuses part of it.</source>
        <translation>Balance: {balance} {unit} (just checked): NOT ENOUGH. Top up first, or the vendor refuses part of it.</translation>
    </message>
    <message>
        <source>Balance: {balance} {unit} (just checked); about {after} left after this.</source>
        <translation>Balance: {balance} {unit} (just checked); about {after} left after this.</translation>
    </message>
</context>
<context>
    <name>NetFs</name>
    <message>
        <source>The data folder {path} is on a network share ({kind}). SMS Desk does not keep its data file there: SQLite&apos;s journal is not safe on a network share, so messages could be sent twice or history lost. Keep the data folder on this computer (the default folder, or --home with a local folder). For several desks sharing one history, use a shared workspace: smsdesk-cli workspace join postgresql://user@server/database moves this folder&apos;s data into it (close SMS Desk on the other computers first); then every desk uses it (Tools → Shared workspace in the window, or smsdesk-cli --database postgresql://user@server/database).</source>
        <translation>The data folder {path} is on a network share ({kind}). SMS Desk does not keep its data file there: SQLite&apos;s journal is not safe on a network share, so messages could be sent twice or history lost. Keep the data folder on this computer (the default folder, or --home with a local folder). For several desks sharing one history, use a shared workspace: smsdesk-cli workspace join postgresql://user@server/database moves this folder&apos;s data into it (close SMS Desk on the other computers first); then every desk uses it (Tools → Shared workspace in the window, or smsdesk-cli --database postgresql://user@server/database).</translation>
    </message>
    <message>
        <source>a Windows network path</source>
        <translation>a Windows network path</translation>
    </message>
    <message>
        <source>a mapped network drive</source>
        <translation>a mapped network drive</translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <source>Add numbers to the opt-out list</source>
        <translation>Add numbers to the opt-out list</translation>
    </message>
    <message>
        <source>Nobody on the opt-out list is sent messages again, from any account. One number per line:</source>
        <translation>Nobody on the opt-out list is sent messages again, from any account. One number per line:</translation>
    </message>
    <message>
        <source>Numbers to opt out</source>
        <translation>Numbers to opt out</translation>
    </message>
    <message>
        <source>e.g. asked by phone on 3 May</source>
        <translation>e.g. asked by phone on 3 May</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <source>Add to the opt-out list</source>
        <translation>Add to the opt-out list</translation>
    </message>
</context>
<context>
    <name>OtpTab</name>
    <message>
        <source>Try a one-time-code flow: SepSMS sends a code to a phone, then you type the code you received to check it. Each code sent costs a message.</source>
        <translation>Try a one-time-code flow: SepSMS sends a code to a phone, then you type the code you received to check it. Each code sent costs a message.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>a Thai mobile, e.g. 081 234 5678 or +66 81 234 5678</source>
        <translation>a Thai mobile, e.g. 081 234 5678 or +66 81 234 5678</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>optional, e.g. Your code is {code} (ref {ref})</source>
        <translation>optional, e.g. Your code is {code} (ref {ref})</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> seconds</translation>
    </message>
    <message>
        <source>Code valid for</source>
        <translation>Code valid for</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> digits</translation>
    </message>
    <message>
        <source>Code length</source>
        <translation>Code length</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>&amp;Send code</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Leave empty for SepSMS&apos;s standard text. Write {code} where the code goes and, if you like, {ref} for the reference.</source>
        <translation>Leave empty for SepSMS&apos;s standard text. Write {code} where the code goes and, if you like, {ref} for the reference.</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valid for:</translation>
    </message>
    <message>
        <source>Code &amp;length:</source>
        <translation>Code &amp;length:</translation>
    </message>
    <message>
        <source>Code sent</source>
        <translation>Code sent</translation>
    </message>
    <message>
        <source>Code received</source>
        <translation>Code received</translation>
    </message>
    <message>
        <source>the code from the message</source>
        <translation>the code from the message</translation>
    </message>
    <message>
        <source>Ve&amp;rify</source>
        <translation>Ve&amp;rify</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Enter the phone number to send the code to.</source>
        <translation>Enter the phone number to send the code to.</translation>
    </message>
    <message>
        <source>The message must contain {code} where SepSMS puts the code.</source>
        <translation>The message must contain {code} where SepSMS puts the code.</translation>
    </message>
    <message>
        <source>Sending the code… SepSMS allows 5 codes a minute, so this can take a few seconds after the previous one.</source>
        <translation>Sending the code… SepSMS allows 5 codes a minute, so this can take a few seconds after the previous one.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Code sent to {phone}. Reference: {ref}. Valid until {time}.</source>
        <translation>Code sent to {phone}. Reference: {ref}. Valid until {time}.</translation>
    </message>
    <message>
        <source>Type the code the phone received, then choose Verify.</source>
        <translation>Type the code the phone received, then choose Verify.</translation>
    </message>
    <message>
        <source>Type the code the phone received.</source>
        <translation>Type the code the phone received.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Checking the code…</translation>
    </message>
    <message>
        <source>Verified: the code is correct.</source>
        <translation>Verified: the code is correct.</translation>
    </message>
    <message>
        <source>Not verified: {reason}</source>
        <translation>Not verified: {reason}</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>Valid mobile number.</source>
        <translation>Valid mobile number.</translation>
    </message>
    <message>
        <source>The phone number is missing. Fill it in or remove the row.</source>
        <translation>The phone number is missing. Fill it in or remove the row.</translation>
    </message>
    <message>
        <source>This is not a phone number (no digits found). Check that the right column is used.</source>
        <translation>This is not a phone number (no digits found). Check that the right column is used.</translation>
    </message>
    <message>
        <source>The spreadsheet shortened this number to scientific notation (such as 9.12E+08), so digits are lost. Format the column as Text, retype the number, and import again.</source>
        <translation>The spreadsheet shortened this number to scientific notation (such as 9.12E+08), so digits are lost. Format the column as Text, retype the number, and import again.</translation>
    </message>
    <message>
        <source>The number has too few digits. Check for a missing digit.</source>
        <translation>The number has too few digits. Check for a missing digit.</translation>
    </message>
    <message>
        <source>The number has too many digits. Check for extra digits or two numbers typed together.</source>
        <translation>The number has too many digits. Check for extra digits or two numbers typed together.</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Check the digits; for a number from another country add its country code (for example +852 for Hong Kong).</source>
        <translation>This is not a valid phone number. Check the digits; for a number from another country add its country code (for example +852 for Hong Kong).</translation>
    </message>
    <message>
        <source>The country of this number is unknown. Add the country code, for example +886 for Taiwan.</source>
        <translation>The country of this number is unknown. Add the country code, for example +886 for Taiwan.</translation>
    </message>
    <message>
        <source>This is a landline number; landlines cannot receive SMS. Use the customer&apos;s mobile number.</source>
        <translation>This is a landline number; landlines cannot receive SMS. Use the customer&apos;s mobile number.</translation>
    </message>
    <message>
        <source>This number cannot receive SMS (toll-free, premium-rate, VoIP, pager or call-forwarding number). Use the customer&apos;s mobile number.</source>
        <translation>This number cannot receive SMS (toll-free, premium-rate, VoIP, pager or call-forwarding number). Use the customer&apos;s mobile number.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Got this exact message {when}.</source>
        <translation>Got this exact message {when}.</translation>
    </message>
    <message>
        <source>Template {template} with {values}</source>
        <translation>Template {template} with {values}</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>no values</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>Account: {account}</translation>
    </message>
    <message>
        <source>Recipients: {n}</source>
        <translation>Recipients: {n}</translation>
    </message>
    <message>
        <source>They get it again.</source>
        <translation>They get it again.</translation>
    </message>
    <message>
        <source>They are skipped.</source>
        <translation>They are skipped.</translation>
    </message>
    <message>
        <source>Skipped, {why}: {n}</source>
        <translation>Skipped, {why}: {n}</translation>
    </message>
    <message>
        <source>{value}: {why}</source>
        <translation>{value}: {why}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>Segments: {segments} in total (up to {max} per message)</source>
        <translation>Segments: {segments} in total (up to {max} per message)</translation>
    </message>
    <message>
        <source>Estimated cost: {points} {unit} (last known balance {balance})</source>
        <translation>Estimated cost: {points} {unit} (last known balance {balance})</translation>
    </message>
    <message>
        <source>Estimated cost: {points} {unit}</source>
        <translation>Estimated cost: {points} {unit}</translation>
    </message>
    <message>
        <source>Scheduled for {when} ({offset})</source>
        <translation>Scheduled for {when} ({offset})</translation>
    </message>
    <message>
        <source>This vendor has no scheduling of its own: SMS Desk sends at that time, so the app must be running then, or “smsdesk-cli run-due” must run (from cron or the Task Scheduler).</source>
        <translation>This vendor has no scheduling of its own: SMS Desk sends at that time, so the app must be running then, or “smsdesk-cli run-due” must run (from cron or the Task Scheduler).</translation>
    </message>
    <message>
        <source>Send: now</source>
        <translation>Send: now</translation>
    </message>
    <message>
        <source>First message:</source>
        <translation>First message:</translation>
    </message>
    <message>
        <source>not a valid mobile number</source>
        <translation>not a valid mobile number</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>listed twice</translation>
    </message>
    <message>
        <source>asked not to receive messages</source>
        <translation>asked not to receive messages</translation>
    </message>
    <message>
        <source>the vendor cannot take it</source>
        <translation>the vendor cannot take it</translation>
    </message>
    <message>
        <source>got this exact message recently</source>
        <translation>got this exact message recently</translation>
    </message>
    <message>
        <source>a template value is empty</source>
        <translation>a template value is empty</translation>
    </message>
    <message>
        <source>There is no contact list named “{name}”.</source>
        <translation>There is no contact list named “{name}”.</translation>
    </message>
    <message>
        <source>{vendor} sends only approved templates: choose a template.</source>
        <translation>{vendor} sends only approved templates: choose a template.</translation>
    </message>
    <message>
        <source>{vendor} sends free text, not templates: write the message instead.</source>
        <translation>{vendor} sends free text, not templates: write the message instead.</translation>
    </message>
    <message>
        <source>The message is empty. Write what you want to say.</source>
        <translation>The message is empty. Write what you want to say.</translation>
    </message>
    <message>
        <source>Already in this send.</source>
        <translation>Already in this send.</translation>
    </message>
    <message>
        <source>This number asked not to receive messages.</source>
        <translation>This number asked not to receive messages.</translation>
    </message>
    <message>
        <source>{n} recipients have an empty value for a placeholder; their message has a blank there.</source>
        <translation>{n} recipients have an empty value for a placeholder; their message has a blank there.</translation>
    </message>
    <message>
        <source>The template&apos;s text is not known here, so the cost counts 1 point per recipient; a long template costs more. Enter the template text in the account settings for an exact estimate.</source>
        <translation>The template&apos;s text is not known here, so the cost counts 1 point per recipient; a long template costs more. Enter the template text in the account settings for an exact estimate.</translation>
    </message>
    <message>
        <source>The account uses Tencent Cloud&apos;s default signature, which is not counted in the estimate: a long message may cost one more part.</source>
        <translation>The account uses Tencent Cloud&apos;s default signature, which is not counted in the estimate: a long message may cost one more part.</translation>
    </message>
    <message>
        <source>The balance is {balance}: the vendor will refuse the send. Top up first.</source>
        <translation>The balance is {balance}: the vendor will refuse the send. Top up first.</translation>
    </message>
    <message>
        <source>The estimated cost is more than the last known balance: the vendor may refuse part of the send.</source>
        <translation>The estimated cost is more than the last known balance: the vendor may refuse part of the send.</translation>
    </message>
    <message>
        <source>After this send about {left} are left, under the low-balance warning of {low}: top up soon.</source>
        <translation>After this send about {left} are left, under the low-balance warning of {low}: top up soon.</translation>
    </message>
    <message>
        <source>{when} is inside the quiet hours ({hours}). Choose {next} or later, or confirm that you want to send during quiet hours.</source>
        <translation>{when} is inside the quiet hours ({hours}). Choose {next} or later, or confirm that you want to send during quiet hours.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>SMS Desk did not send anything: template {template} needs a value for {names}; without one the customer would get the placeholder itself. Fill in every value next to the template in Compose, or give --param {example}=VALUE on the command line. A value may name a column of the list in braces, such as {{name}}, to give each person their own.</source>
        <translation>SMS Desk did not send anything: template {template} needs a value for {names}; without one the customer would get the placeholder itself. Fill in every value next to the template in Compose, or give --param {example}=VALUE on the command line. A value may name a column of the list in braces, such as {{name}}, to give each person their own.</translation>
    </message>
    <message>
        <source>No value for {names}: the list&apos;s column {columns} is empty for this person. Fill it in the list, or give a value that does not use that column.</source>
        <translation>No value for {names}: the list&apos;s column {columns} is empty for this person. Fill it in the list, or give a value that does not use that column.</translation>
    </message>
    <message>
        <source>No value for {names} for this person. Fill it in and plan the send again.</source>
        <translation>No value for {names} for this person. Fill it in and plan the send again.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Previous recipient</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Next recipient</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Preview of the message</translation>
    </message>
    <message>
        <source>Reading the ticked lists…</source>
        <translation>Reading the ticked lists…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>No recipients yet: this is the message as written.</source>
        <translation>No recipients yet: this is the message as written.</translation>
    </message>
    <message>
        <source>{i} of {n}: {who}</source>
        <translation>{i} of {n}: {who}</translation>
    </message>
    <message>
        <source>Template {id} with {values}</source>
        <translation>Template {id} with {values}</translation>
    </message>
    <message>
        <source>No value for {names} for this recipient: it will be blank.</source>
        <translation>No value for {names} for this recipient: it will be blank.</translation>
    </message>
    <message>
        <source>Preview ({counts})</source>
        <translation>Preview ({counts})</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Number to send to</source>
        <translation>Number to send to</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>{number} (same as row {row}; imported once)</source>
        <translation>{number} (same as row {row}; imported once)</translation>
    </message>
    <message>
        <source>This cell holds more than one number; only this one is imported. Also in the cell: {extra}</source>
        <translation>This cell holds more than one number; only this one is imported. Also in the cell: {extra}</translation>
    </message>
    <message>
        <source>Headings found on row {row}.</source>
        <translation>Headings found on row {row}.</translation>
    </message>
    <message>
        <source>No heading row found: the columns are named by their letters.</source>
        <translation>No heading row found: the columns are named by their letters.</translation>
    </message>
    <message>
        <source>The first {n} rows: {ok} different usable numbers.</source>
        <translation>The first {n} rows: {ok} different usable numbers.</translation>
    </message>
    <message>
        <source>Also kept for personalising messages: {columns}.</source>
        <translation>Also kept for personalising messages: {columns}.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecipientsEditing</name>
    <message>
        <source>New list</source>
        <translation>New list</translation>
    </message>
    <message>
        <source>Name of the new list:</source>
        <translation>Name of the new list:</translation>
    </message>
    <message>
        <source>The list “{name}” was created.</source>
        <translation>The list “{name}” was created.</translation>
    </message>
    <message>
        <source>Rename list</source>
        <translation>Rename list</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>New name for “{name}”:</translation>
    </message>
    <message>
        <source>The list is now called “{name}”.</source>
        <translation>The list is now called “{name}”.</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Delete list</translation>
    </message>
    <message>
        <source>Delete the list “{name}” and its {count} contacts? This cannot be undone. The opt-out list and messages already sent are not affected.</source>
        <translation>Delete the list “{name}” and its {count} contacts? This cannot be undone. The opt-out list and messages already sent are not affected.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The list “{name}” and its {count} contacts were deleted.</source>
        <translation>The list “{name}” and its {count} contacts were deleted.</translation>
    </message>
    <message>
        <source>Merged {lists} into “{name}”: {count} new contacts there.</source>
        <translation>Merged {lists} into “{name}”: {count} new contacts there.</translation>
    </message>
    <message>
        <source>{phone} was added to the list.</source>
        <translation>{phone} was added to the list.</translation>
    </message>
    <message>
        <source>The contact could not be saved ({error}). Try again.</source>
        <translation>The contact could not be saved ({error}). Try again.</translation>
    </message>
    <message>
        <source>Type at least one number, one per line.</source>
        <translation>Type at least one number, one per line.</translation>
    </message>
    <message>
        <source>{added} numbers added to the opt-out list.</source>
        <translation>{added} numbers added to the opt-out list.</translation>
    </message>
    <message>
        <source>{n} were on it already.</source>
        <translation>{n} were on it already.</translation>
    </message>
    <message>
        <source>Take {n} numbers off the opt-out list? They can be sent messages again.</source>
        <translation>Take {n} numbers off the opt-out list? They can be sent messages again.</translation>
    </message>
    <message>
        <source>{n} numbers were taken off the opt-out list.</source>
        <translation>{n} numbers were taken off the opt-out list.</translation>
    </message>
    <message>
        <source>Remove {n} contacts from “{name}”? Their numbers are not opted out; they are only taken off this list.</source>
        <translation>Remove {n} contacts from “{name}”? Their numbers are not opted out; they are only taken off this list.</translation>
    </message>
    <message>
        <source>{n} contacts were removed.</source>
        <translation>{n} contacts were removed.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RecipientsPicker</name>
    <message>
        <source>Contact lists</source>
        <translation>Contact lists</translation>
    </message>
    <message>
        <source>Tick the saved lists to send to</source>
        <translation>Tick the saved lists to send to</translation>
    </message>
    <message>
        <source>And/or phone numbers, one per line (0912-345-678, +886 912 345 678 …)</source>
        <translation>And/or phone numbers, one per line (0912-345-678, +886 912 345 678 …)</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Columns: {columns}</source>
        <translation>Columns: {columns}</translation>
    </message>
    <message>
        <source>No saved lists yet: import one on the Recipients tab.</source>
        <translation>No saved lists yet: import one on the Recipients tab.</translation>
    </message>
    <message>
        <source>The list could not be read</source>
        <translation>The list could not be read</translation>
    </message>
    <message>
        <source>{lists} from lists, {typed} typed</source>
        <translation>{lists} from lists, {typed} typed</translation>
    </message>
</context>
<context>
    <name>RecipientsTab</name>
    <message>
        <source>Contact lists</source>
        <translation>Contact lists</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Create an empty list and add contacts by hand</source>
        <translation>Create an empty list and add contacts by hand</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Copy the contacts of other lists into this one</source>
        <translation>Copy the contacts of other lists into this one</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Excel or CSV; you can also drop the file on this tab</source>
        <translation>Excel or CSV; you can also drop the file on this tab</translation>
    </message>
    <message>
        <source>No contact lists yet</source>
        <translation>No contact lists yet</translation>
    </message>
    <message>
        <source>Import your customer spreadsheet (Excel or CSV) to make a list. Phone numbers are cleaned up for you: a lost leading zero, full-width digits and +886 are all fine.</source>
        <translation>Import your customer spreadsheet (Excel or CSV) to make a list. Phone numbers are cleaned up for you: a lost leading zero, full-width digits and +886 are all fine.</translation>
    </message>
    <message>
        <source>Search number, name or any column (Ctrl+F)</source>
        <translation>Search number, name or any column (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Add contact…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Import numbers…</source>
        <translation>Import numbers…</translation>
    </message>
    <message>
        <source>Add every number of a spreadsheet or CSV file to the opt-out list</source>
        <translation>Add every number of a spreadsheet or CSV file to the opt-out list</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>That did not work ({error}). Nothing was changed. Try again.</source>
        <translation>That did not work ({error}). Nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>{count} contacts; updated {time}</source>
        <translation>{count} contacts; updated {time}</translation>
    </message>
    <message>
        <source>Opt-out list ({count})</source>
        <translation>Opt-out list ({count})</translation>
    </message>
    <message>
        <source>Numbers that are never sent messages, from any account</source>
        <translation>Numbers that are never sent messages, from any account</translation>
    </message>
    <message>
        <source>Choose a list on the left</source>
        <translation>Choose a list on the left</translation>
    </message>
    <message>
        <source>Opt-out list</source>
        <translation>Opt-out list</translation>
    </message>
    <message>
        <source>{count} numbers. Nobody here is sent messages, from any account or vendor, even when the number is in a list.</source>
        <translation>{count} numbers. Nobody here is sent messages, from any account or vendor, even when the number is in a list.</translation>
    </message>
    <message>
        <source>Search number or note (Ctrl+F)</source>
        <translation>Search number or note (Ctrl+F)</translation>
    </message>
    <message>
        <source>{count} contacts.</source>
        <translation>{count} contacts.</translation>
    </message>
    <message>
        <source>Columns for personalising messages: {columns}.</source>
        <translation>Columns for personalising messages: {columns}.</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”.</source>
        <translation>Nothing matches “{query}”.</translation>
    </message>
    <message>
        <source>Nobody has opted out yet. Replies such as “退訂” or STOP add numbers here; you can also add them by hand.</source>
        <translation>Nobody has opted out yet. Replies such as “退訂” or STOP add numbers here; you can also add them by hand.</translation>
    </message>
    <message>
        <source>This list is empty. Add contacts by hand, or import a spreadsheet into it.</source>
        <translation>This list is empty. Add contacts by hand, or import a spreadsheet into it.</translation>
    </message>
    <message>
        <source>Add numbers…</source>
        <translation>Add numbers…</translation>
    </message>
    <message>
        <source>One file at a time: importing {name} now; drop the others after it.</source>
        <translation>One file at a time: importing {name} now; drop the others after it.</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Import a spreadsheet…</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Taiwan (+886)</source>
        <translation>Taiwan (+886)</translation>
    </message>
    <message>
        <source>Hong Kong (+852)</source>
        <translation>Hong Kong (+852)</translation>
    </message>
    <message>
        <source>Macau (+853)</source>
        <translation>Macau (+853)</translation>
    </message>
    <message>
        <source>Mainland China (+86)</source>
        <translation>Mainland China (+86)</translation>
    </message>
    <message>
        <source>Japan (+81)</source>
        <translation>Japan (+81)</translation>
    </message>
    <message>
        <source>South Korea (+82)</source>
        <translation>South Korea (+82)</translation>
    </message>
    <message>
        <source>Singapore (+65)</source>
        <translation>Singapore (+65)</translation>
    </message>
    <message>
        <source>Malaysia (+60)</source>
        <translation>Malaysia (+60)</translation>
    </message>
    <message>
        <source>Thailand (+66)</source>
        <translation>Thailand (+66)</translation>
    </message>
    <message>
        <source>Vietnam (+84)</source>
        <translation>Vietnam (+84)</translation>
    </message>
    <message>
        <source>Philippines (+63)</source>
        <translation>Philippines (+63)</translation>
    </message>
    <message>
        <source>Indonesia (+62)</source>
        <translation>Indonesia (+62)</translation>
    </message>
    <message>
        <source>United States / Canada (+1)</source>
        <translation>United States / Canada (+1)</translation>
    </message>
    <message>
        <source>United Kingdom (+44)</source>
        <translation>United Kingdom (+44)</translation>
    </message>
    <message>
        <source>Australia (+61)</source>
        <translation>Australia (+61)</translation>
    </message>
</context>
<context>
    <name>Repeats</name>
    <message>
        <source>today at {time}</source>
        <translation>today at {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>yesterday at {time}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <source>on {when}</source>
        <translation>on {when}</translation>
    </message>
    <message>
        <source>{n} of these {total} people got this exact message {when}.</source>
        <translation>{n} of these {total} people got this exact message {when}.</translation>
    </message>
</context>
<context>
    <name>RepliesTab</name>
    <message>
        <source>Search phone, name or text</source>
        <translation>Search phone, name or text</translation>
    </message>
    <message>
        <source>Search replies</source>
        <translation>Search replies</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Unread only</translation>
    </message>
    <message>
        <source>Check for replies</source>
        <translation>Check for replies</translation>
    </message>
    <message>
        <source>Ask every account that can receive replies (F5)</source>
        <translation>Ask every account that can receive replies (F5)</translation>
    </message>
    <message>
        <source>Receiver addresses…</source>
        <translation>Receiver addresses…</translation>
    </message>
    <message>
        <source>The addresses to enter in each vendor&apos;s console so that it sends delivery reports and replies to SMS Desk</source>
        <translation>The addresses to enter in each vendor&apos;s console so that it sends delivery reports and replies to SMS Desk</translation>
    </message>
    <message>
        <source>When customers answer your messages, their replies appear here, grouped by phone number, so you can answer them by hand. Replies are checked every minute; SMS-Get and Tencent Cloud replies need the callback receiver (Settings).</source>
        <translation>When customers answer your messages, their replies appear here, grouped by phone number, so you can answer them by hand. Replies are checked every minute; SMS-Get and Tencent Cloud replies need the callback receiver (Settings).</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Last reply</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Add to opt-out list</source>
        <translation>Add to opt-out list</translation>
    </message>
    <message>
        <source>Never send this number messages again, from any account</source>
        <translation>Never send this number messages again, from any account</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Write to this customer on the Compose tab, from the same account</source>
        <translation>Write to this customer on the Compose tab, from the same account</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Mark handled</translation>
    </message>
    <message>
        <source>Note that this conversation needs nothing more from you (it shows as Handled in the list)</source>
        <translation>Note that this conversation needs nothing more from you (it shows as Handled in the list)</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Mark unread</translation>
    </message>
    <message>
        <source>Show this conversation as new again, to come back to it later</source>
        <translation>Show this conversation as new again, to come back to it later</translation>
    </message>
    <message>
        <source>Callback receiver addresses</source>
        <translation>Callback receiver addresses</translation>
    </message>
    <message>
        <source>Enter each address where the vendor&apos;s console asks for a callback or webhook URL. Each address carries a secret part: keep it private, like a password.</source>
        <translation>Enter each address where the vendor&apos;s console asks for a callback or webhook URL. Each address carries a secret part: keep it private, like a password.</translation>
    </message>
    <message>
        <source>No account can push reports.</source>
        <translation>No account can push reports.</translation>
    </message>
    <message>
        <source>Callback addresses</source>
        <translation>Callback addresses</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opted out</translation>
    </message>
    <message>
        <source>Asked to stop</source>
        <translation>Asked to stop</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>The desk (computer) and user that marked the conversation handled</source>
        <translation>The desk (computer) and user that marked the conversation handled</translation>
    </message>
    <message>
        <source>Replies ({n})</source>
        <translation>Replies ({n})</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>Choose a conversation</translation>
    </message>
    <message>
        <source>Last message we sent ({when}, {account}, {state}): {text}</source>
        <translation>Last message we sent ({when}, {account}, {state}): {text}</translation>
    </message>
    <message>
        <source>SMS Desk has not sent this number a message.</source>
        <translation>SMS Desk has not sent this number a message.</translation>
    </message>
    <message>
        <source>Mark not handled</source>
        <translation>Mark not handled</translation>
    </message>
    <message>
        <source>This number is on the opt-out list: it gets no more messages.</source>
        <translation>This number is on the opt-out list: it gets no more messages.</translation>
    </message>
    <message>
        <source>This customer replied with an opt-out keyword. Add the number to the opt-out list so it gets no more messages?</source>
        <translation>This customer replied with an opt-out keyword. Add the number to the opt-out list so it gets no more messages?</translation>
    </message>
    <message>
        <source>We sent</source>
        <translation>We sent</translation>
    </message>
    <message>
        <source>The number was added to the opt-out list.</source>
        <translation>The number was added to the opt-out list.</translation>
    </message>
    <message>
        <source>{n} new replies</source>
        <translation>{n} new replies</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>New reply</translation>
    </message>
    <message>
        <source>Open the Replies tab to read and answer them.</source>
        <translation>Open the Replies tab to read and answer them.</translation>
    </message>
    <message>
        <source>{n} asked to stop and were added to the opt-out list.</source>
        <translation>{n} asked to stop and were added to the opt-out list.</translation>
    </message>
    <message>
        <source>{n} asked to stop; confirm on the Replies tab.</source>
        <translation>{n} asked to stop; confirm on the Replies tab.</translation>
    </message>
    <message>
        <source>No replies yet</source>
        <translation>No replies yet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
</context>
<context>
    <name>Resolution</name>
    <message>
        <source>Resolved from the vendor&apos;s delivery report at {time}.</source>
        <translation>Resolved from the vendor&apos;s delivery report at {time}.</translation>
    </message>
    <message>
        <source>Resolved by checking with the vendor at {time}.</source>
        <translation>Resolved by checking with the vendor at {time}.</translation>
    </message>
    <message>
        <source>Still unknown: {count} messages to this number on this account have an unknown outcome from the same time, so the vendor&apos;s report at {time} cannot tell which one it is about. Check the vendor&apos;s console before sending again.</source>
        <translation>Still unknown: {count} messages to this number on this account have an unknown outcome from the same time, so the vendor&apos;s report at {time} cannot tell which one it is about. Check the vendor&apos;s console before sending again.</translation>
    </message>
    <message>
        <source>Still unknown: when checked at {time}, the vendor listed {count} messages to this number from that time, so SMS Desk cannot tell which one was ours. Check the vendor&apos;s console before sending again.</source>
        <translation>Still unknown: when checked at {time}, the vendor listed {count} messages to this number from that time, so SMS Desk cannot tell which one was ours. Check the vendor&apos;s console before sending again.</translation>
    </message>
    <message>
        <source>Still unknown: when checked at {time}, the vendor listed no message to this number from that time yet. Its report may still come; check again later.</source>
        <translation>Still unknown: when checked at {time}, the vendor listed no message to this number from that time yet. Its report may still come; check again later.</translation>
    </message>
    <message>
        <source>finding a message by its phone number</source>
        <translation>finding a message by its phone number</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>SMS Desk could not find its file {name} (looked in: {folders}). The installation is incomplete; please reinstall SMS Desk.</source>
        <translation>SMS Desk could not find its file {name} (looked in: {folders}). The installation is incomplete; please reinstall SMS Desk.</translation>
    </message>
</context>
<context>
    <name>SMS-Get</name>
    <message>
        <source>{phone} is not a complete international phone number. Check the number in the list.</source>
        <translation>{phone} is not a complete international phone number. Check the number in the list.</translation>
    </message>
    <message>
        <source>Two-way messages can only go to Taiwan mobile numbers, so {phone} was not sent. Send to it without two-way, or remove it.</source>
        <translation>Two-way messages can only go to Taiwan mobile numbers, so {phone} was not sent. Send to it without two-way, or remove it.</translation>
    </message>
    <message>
        <source>SMS-Get cannot deliver to {phone}: it only reaches Taiwan, China, Hong Kong, Macau, Japan, Malaysia, Vietnam, Indonesia, Thailand, Australia, Singapore, the Philippines, the United Arab Emirates, Cambodia, the United States and South Korea. Use another vendor for this number.</source>
        <translation>SMS-Get cannot deliver to {phone}: it only reaches Taiwan, China, Hong Kong, Macau, Japan, Malaysia, Vietnam, Indonesia, Thailand, Australia, Singapore, the Philippines, the United Arab Emirates, Cambodia, the United States and South Korea. Use another vendor for this number.</translation>
    </message>
    <message>
        <source>{phone} does not look like a {country} mobile number as SMS-Get expects it (for example {example}, {digits} digits). Check the number in the list.</source>
        <translation>{phone} does not look like a {country} mobile number as SMS-Get expects it (for example {example}, {digits} digits). Check the number in the list.</translation>
    </message>
    <message>
        <source>SMS-Get needs a scheduled time at least one minute in the future (it schedules to the minute, Taiwan time). Pick a later time.</source>
        <translation>SMS-Get needs a scheduled time at least one minute in the future (it schedules to the minute, Taiwan time). Pick a later time.</translation>
    </message>
    <message>
        <source>The server address in the account settings does not offer the SMS-Get API (HTTP {status}). Check or clear the address; nothing was sent.</source>
        <translation>The server address in the account settings does not offer the SMS-Get API (HTTP {status}). Check or clear the address; nothing was sent.</translation>
    </message>
    <message>
        <source>SMS-Get&apos;s answer had no result code, so it is not known whether the messages were accepted. They will not be resent automatically; check the sending record on sms-get.com before sending again.</source>
        <translation>SMS-Get&apos;s answer had no result code, so it is not known whether the messages were accepted. They will not be resent automatically; check the sending record on sms-get.com before sending again.</translation>
    </message>
    <message>
        <source>SMS-Get&apos;s answer could not be read. Try again in a few minutes.</source>
        <translation>SMS-Get&apos;s answer could not be read. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>The message is empty. Type the message text and send again.</source>
        <translation>The message is empty. Type the message text and send again.</translation>
    </message>
    <message>
        <source>SMS-Get reported success without a message ID, so the messages cannot be tracked. They will not be resent automatically; check the sending record on sms-get.com.</source>
        <translation>SMS-Get reported success without a message ID, so the messages cannot be tracked. They will not be resent automatically; check the sending record on sms-get.com.</translation>
    </message>
    <message>
        <source>SMS-Get answered the balance query without a balance. Check the balance on sms-get.com.</source>
        <translation>SMS-Get answered the balance query without a balance. Check the balance on sms-get.com.</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>The number is not in service (practice: numbers ending in 000 fail). Check the number with the customer.</source>
        <translation>The number is not in service (practice: numbers ending in 000 fail). Check the number with the customer.</translation>
    </message>
    <message>
        <source>The phone was off or out of reach until the message expired (practice: numbers ending in 444). Try again later.</source>
        <translation>The phone was off or out of reach until the message expired (practice: numbers ending in 444). Try again later.</translation>
    </message>
    <message>
        <source>The Sandbox has {credit} practice points left and this needs {needed}. Use “Top up the Sandbox” on the Balances tab to get more.</source>
        <translation>The Sandbox has {credit} practice points left and this needs {needed}. Use “Top up the Sandbox” on the Balances tab to get more.</translation>
    </message>
    <message>
        <source>The Sandbox is ready: {credit} practice points left. Nothing is really sent.</source>
        <translation>The Sandbox is ready: {credit} practice points left. Nothing is really sent.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The scheduled time {when} has already passed. Choose a time in the future.</source>
        <translation>The scheduled time {when} has already passed. Choose a time in the future.</translation>
    </message>
    <message>
        <source>{vendor} only accepts a scheduled time in the future (to the minute, Taiwan time), and {when} Taiwan time has already passed. Choose a later time.</source>
        <translation>{vendor} only accepts a scheduled time in the future (to the minute, Taiwan time), and {when} Taiwan time has already passed. Choose a later time.</translation>
    </message>
    <message>
        <source>{vendor} only accepts a scheduled time in the future, and {when} has already passed. Choose a later time.</source>
        <translation>{vendor} only accepts a scheduled time in the future, and {when} has already passed. Choose a later time.</translation>
    </message>
    <message>
        <source>Submitting this job takes about {minutes} minutes, so {when} is too soon. Choose {earliest} or later.</source>
        <translation>Submitting this job takes about {minutes} minutes, so {when} is too soon. Choose {earliest} or later.</translation>
    </message>
    <message>
        <source>{vendor} only accepts a scheduled time at least {minutes} minutes from now. Choose {earliest} or later, or send now.</source>
        <translation>{vendor} only accepts a scheduled time at least {minutes} minutes from now. Choose {earliest} or later, or send now.</translation>
    </message>
    <message>
        <source>{vendor} only accepts a scheduled time up to {days} days ahead. Choose a time before {latest}.</source>
        <translation>{vendor} only accepts a scheduled time up to {days} days ahead. Choose a time before {latest}.</translation>
    </message>
    <message>
        <source>{when} is inside the quiet hours ({hours}) when no messages are sent. Choose {next} or later.</source>
        <translation>{when} is inside the quiet hours ({hours}) when no messages are sent. Choose {next} or later.</translation>
    </message>
</context>
<context>
    <name>SchedulePicker</name>
    <message>
        <source>Send &amp;now</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <source>Send &amp;later:</source>
        <translation>Send &amp;later:</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Send at</translation>
    </message>
    <message>
        <source>The time is in this computer&apos;s time zone</source>
        <translation>The time is in this computer&apos;s time zone</translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation>Which one?</translation>
    </message>
    <message>
        <source>Which of the two times</source>
        <translation>Which of the two times</translation>
    </message>
    <message>
        <source>Send during &amp;quiet hours anyway</source>
        <translation>Send during &amp;quiet hours anyway</translation>
    </message>
    <message>
        <source>Choose it in the list next to the time.</source>
        <translation>Choose it in the list next to the time.</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone: {zone}</source>
        <translation>This computer&apos;s time zone: {zone}</translation>
    </message>
    <message>
        <source>{when} is inside the quiet hours ({hours}, Taiwan time), when customers should not be disturbed. Choose {next} or later, or tick the box to send anyway.</source>
        <translation>{when} is inside the quiet hours ({hours}, Taiwan time), when customers should not be disturbed. Choose {next} or later, or tick the box to send anyway.</translation>
    </message>
    <message>
        <source>{vendor} keeps it and sends at {when} Taiwan time (to the minute).</source>
        <translation>{vendor} keeps it and sends at {when} Taiwan time (to the minute).</translation>
    </message>
    <message>
        <source>{vendor} keeps it and sends at that time ({least} minutes to {most} days from now).</source>
        <translation>{vendor} keeps it and sends at that time ({least} minutes to {most} days from now).</translation>
    </message>
    <message>
        <source>{vendor} keeps it and sends at that time.</source>
        <translation>{vendor} keeps it and sends at that time.</translation>
    </message>
    <message>
        <source>{vendor} cannot schedule messages itself: SMS Desk sends them at that time, so the app must be running then (on this computer, awake).</source>
        <translation>{vendor} cannot schedule messages itself: SMS Desk sends them at that time, so the app must be running then (on this computer, awake).</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Job {job}: its scheduled time has come, sending now.</source>
        <translation>Job {job}: its scheduled time has come, sending now.</translation>
    </message>
    <message>
        <source>Scheduled job {job}: {submitted} submitted, {failed} failed, {unknown} unknown; {cost}.</source>
        <translation>Scheduled job {job}: {submitted} submitted, {failed} failed, {unknown} unknown; {cost}.</translation>
    </message>
    <message>
        <source>A scheduled job could not be sent: {error}</source>
        <translation>A scheduled job could not be sent: {error}</translation>
    </message>
    <message>
        <source>job {job} (scheduled for {when}, {minutes} minutes ago)</source>
        <translation>job {job} (scheduled for {when}, {minutes} minutes ago)</translation>
    </message>
    <message>
        <source>SMS Desk was not running when these scheduled messages were due, so they were not sent: {jobs}. Send them now, late?

If not, they stay scheduled and SMS Desk asks again the next time it starts; you can also cancel them on the Status tab.</source>
        <translation>SMS Desk was not running when these scheduled messages were due, so they were not sent: {jobs}. Send them now, late?

If not, they stay scheduled and SMS Desk asks again the next time it starts; you can also cancel them on the Status tab.</translation>
    </message>
    <message>
        <source>Send late scheduled messages?</source>
        <translation>Send late scheduled messages?</translation>
    </message>
    <message>
        <source>Send them now</source>
        <translation>Send them now</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>The message is empty. Write the text before sending.</source>
        <translation>The message is empty. Write the text before sending.</translation>
    </message>
    <message>
        <source>The message is {chars} characters long; Tencent Cloud SMS accepts at most {limit} characters (signature included). Shorten it by {over} characters.</source>
        <translation>The message is {chars} characters long; Tencent Cloud SMS accepts at most {limit} characters (signature included). Shorten it by {over} characters.</translation>
    </message>
    <message>
        <source>TwSMS cannot send long messages to numbers outside Taiwan: at most {limit} characters for {phone} (the message has {chars}). Shorten the message or send to this number separately.</source>
        <translation>TwSMS cannot send long messages to numbers outside Taiwan: at most {limit} characters for {phone} (the message has {chars}). Shorten the message or send to this number separately.</translation>
    </message>
    <message>
        <source>Long messages are turned off for this TwSMS account, so a message can have at most {limit} characters (this one has {chars}). Shorten it or turn long messages on.</source>
        <translation>Long messages are turned off for this TwSMS account, so a message can have at most {limit} characters (this one has {chars}). Shorten it or turn long messages on.</translation>
    </message>
    <message>
        <source>The message is {chars} characters long; TwSMS accepts at most {limit} characters of English text. Shorten it by {over} characters.</source>
        <translation>The message is {chars} characters long; TwSMS accepts at most {limit} characters of English text. Shorten it by {over} characters.</translation>
    </message>
    <message>
        <source>The message is {chars} characters long; TwSMS accepts at most {limit} characters when the text contains Chinese or other non-English characters. Shorten it by {over} characters.</source>
        <translation>The message is {chars} characters long; TwSMS accepts at most {limit} characters when the text contains Chinese or other non-English characters. Shorten it by {over} characters.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language takes effect after SMS Desk is restarted.</source>
        <translation>A new language takes effect after SMS Desk is restarted.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Appeara&amp;nce:</source>
        <translation>Appeara&amp;nce:</translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation>Default country for phone numbers</translation>
    </message>
    <message>
        <source>Default &amp;country for phone numbers:</source>
        <translation>Default &amp;country for phone numbers:</translation>
    </message>
    <message>
        <source>Show a notification when a send finishes or a reply arrives</source>
        <translation>Show a notification when a send finishes or a reply arrives</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notifications:</translation>
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation>Opt-out keywords</translation>
    </message>
    <message>
        <source>Comma-separated. A plain word counts only when it is the whole reply (any case, full-width or not, punctuation ignored); a word with * in front counts anywhere in the reply.</source>
        <translation>Comma-separated. A plain word counts only when it is the whole reply (any case, full-width or not, punctuation ignored); a word with * in front counts anywhere in the reply.</translation>
    </message>
    <message>
        <source>&amp;Opt-out keywords:</source>
        <translation>&amp;Opt-out keywords:</translation>
    </message>
    <message>
        <source>Ask before adding a number to the opt-out list</source>
        <translation>Ask before adding a number to the opt-out list</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <source>Do not send during quiet hours</source>
        <translation>Do not send during quiet hours</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Quiet hours start</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Quiet hours end</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Un&amp;til:</source>
        <translation>Un&amp;til:</translation>
    </message>
    <message>
        <source>Taiwan time. Sends planned inside these hours are held until they end unless you confirm. 21:00 to 08:00 crosses midnight.</source>
        <translation>Taiwan time. Sends planned inside these hours are held until they end unless you confirm. 21:00 to 08:00 crosses midnight.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Repeat guard</source>
        <translation>Repeat guard</translation>
    </message>
    <message>
        <source>Skip people who got the same message in the last:</source>
        <translation>Skip people who got the same message in the last:</translation>
    </message>
    <message>
        <source>Checking for news</source>
        <translation>Checking for news</translation>
    </message>
    <message>
        <source>Delivery status check interval</source>
        <translation>Delivery status check interval</translation>
    </message>
    <message>
        <source>Replies check interval</source>
        <translation>Replies check interval</translation>
    </message>
    <message>
        <source>Ask for &amp;delivery status every:</source>
        <translation>Ask for &amp;delivery status every:</translation>
    </message>
    <message>
        <source>Fetch &amp;replies every:</source>
        <translation>Fetch &amp;replies every:</translation>
    </message>
    <message>
        <source>Only for vendors that can be asked. Checking more often does not cost points but some vendors limit how often they may be asked.</source>
        <translation>Only for vendors that can be asked. Checking more often does not cost points but some vendors limit how often they may be asked.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>First reply fetch reaches back</source>
        <translation>First reply fetch reaches back</translation>
    </message>
    <message>
        <source>An account&apos;s first reply fetch reaches bac&amp;k:</source>
        <translation>An account&apos;s first reply fetch reaches bac&amp;k:</translation>
    </message>
    <message>
        <source>Later fetches go on from the latest reply. TwSMS&apos;s document sets no limit on how far back; it is asked one day per request.</source>
        <translation>Later fetches go on from the latest reply. TwSMS&apos;s document sets no limit on how far back; it is asked one day per request.</translation>
    </message>
    <message>
        <source>Callback receiver (advanced)</source>
        <translation>Callback receiver (advanced)</translation>
    </message>
    <message>
        <source>Receive delivery reports and replies pushed by vendors</source>
        <translation>Receive delivery reports and replies pushed by vendors</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Listen address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Public address</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Listen on &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation>Public &amp;URL:</translation>
    </message>
    <message>
        <source>Vendors send reports to the public URL, so it must be reachable from the internet: forward the port on the office router to this computer, or run a tunnel program that forwards to it (then listening on 127.0.0.1 is enough). Enter the public URL in the vendor&apos;s console where it asks for a callback or webhook address. To test it, save, then open the public URL in a phone&apos;s browser using mobile data (not the office Wi-Fi): if the page does not load, vendors cannot reach it either. Without a receiver SMS Desk asks vendors for the status instead.</source>
        <translation>Vendors send reports to the public URL, so it must be reachable from the internet: forward the port on the office router to this computer, or run a tunnel program that forwards to it (then listening on 127.0.0.1 is enough). Enter the public URL in the vendor&apos;s console where it asks for a callback or webhook address. To test it, save, then open the public URL in a phone&apos;s browser using mobile data (not the office Wi-Fi): if the page does not load, vendors cannot reach it either. Without a receiver SMS Desk asks vendors for the status instead.</translation>
    </message>
    <message>
        <source>Passwords and keys are kept in: {backend}.</source>
        <translation>Passwords and keys are kept in: {backend}.</translation>
    </message>
    <message>
        <source>This is not a usable keychain, so passwords are kept only until SMS Desk is closed.</source>
        <translation>This is not a usable keychain, so passwords are kept only until SMS Desk is closed.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> seconds</translation>
    </message>
    <message>
        <source>The quiet hours start and end at the same time. Choose different times or turn quiet hours off.</source>
        <translation>The quiet hours start and end at the same time. Choose different times or turn quiet hours off.</translation>
    </message>
    <message>
        <source>Enter the public URL of the callback receiver, starting with https://, or turn the receiver off.</source>
        <translation>Enter the public URL of the callback receiver, starting with https://, or turn the receiver off.</translation>
    </message>
    <message>
        <source>Enter the address to listen on: 0.0.0.0 for every network, 127.0.0.1 when a tunnel program on this computer forwards to it.</source>
        <translation>Enter the address to listen on: 0.0.0.0 for every network, 127.0.0.1 when a tunnel program on this computer forwards to it.</translation>
    </message>
    <message>
        <source>The new language takes effect after SMS Desk is restarted.</source>
        <translation>The new language takes effect after SMS Desk is restarted.</translation>
    </message>
</context>
<context>
    <name>SignatureEditor</name>
    <message>
        <source>Edit signature {id}</source>
        <translation>Edit signature {id}</translation>
    </message>
    <message>
        <source>Add a signature</source>
        <translation>Add a signature</translation>
    </message>
    <message>
        <source>Signature text</source>
        <translation>Signature text</translation>
    </message>
    <message>
        <source>e.g. Lin Bakery</source>
        <translation>e.g. Lin Bakery</translation>
    </message>
    <message>
        <source>Note for the reviewer</source>
        <translation>Note for the reviewer</translation>
    </message>
    <message>
        <source>Document picture</source>
        <translation>Document picture</translation>
    </message>
    <message>
        <source>optional: a screenshot of a business document</source>
        <translation>optional: a screenshot of a business document</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature:</translation>
    </message>
    <message>
        <source>2 to 12 letters, digits or Chinese characters, without brackets: write Lin Bakery for [Lin Bakery]. Tencent Cloud reviews it before it can be used.</source>
        <translation>2 to 12 letters, digits or Chinese characters, without brackets: write Lin Bakery for [Lin Bakery]. Tencent Cloud reviews it before it can be used.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>&amp;Picture:</translation>
    </message>
    <message>
        <source>Choose a document picture</source>
        <translation>Choose a document picture</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Write the signature.</source>
        <translation>Write the signature.</translation>
    </message>
    <message>
        <source>The picture could not be read ({error}). Choose another file.</source>
        <translation>The picture could not be read ({error}). Choose another file.</translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Signatures added here (or looked up by ID) are listed with their approval status. Tencent Cloud cannot list all signatures: to see one made in the SMS console, use Look up ID with the ID shown there.</source>
        <translation>Signatures added here (or looked up by ID) are listed with their approval status. Tencent Cloud cannot list all signatures: to see one made in the SMS console, use Look up ID with the ID shown there.</translation>
    </message>
    <message>
        <source>&amp;Look up ID…</source>
        <translation>&amp;Look up ID…</translation>
    </message>
    <message>
        <source>Show a signature made in the Tencent Cloud console, by its ID</source>
        <translation>Show a signature made in the Tencent Cloud console, by its ID</translation>
    </message>
    <message>
        <source>No signatures yet. Add one, or look one up by its ID.</source>
        <translation>No signatures yet. Add one, or look one up by its ID.</translation>
    </message>
    <message>
        <source>Loading signatures…</source>
        <translation>Loading signatures…</translation>
    </message>
    <message>
        <source>{n} signatures.</source>
        <translation>{n} signatures.</translation>
    </message>
    <message>
        <source>Look up a signature</source>
        <translation>Look up a signature</translation>
    </message>
    <message>
        <source>Signature ID (shown in the Tencent Cloud SMS console):</source>
        <translation>Signature ID (shown in the Tencent Cloud SMS console):</translation>
    </message>
    <message>
        <source>Looking up the signature…</source>
        <translation>Looking up the signature…</translation>
    </message>
    <message>
        <source>Tencent Cloud has no signature with ID {id} in this application. Check the ID in the SMS console.</source>
        <translation>Tencent Cloud has no signature with ID {id} in this application. Check the ID in the SMS console.</translation>
    </message>
    <message>
        <source>Signature {id} added to the list.</source>
        <translation>Signature {id} added to the list.</translation>
    </message>
    <message>
        <source>Submitting the signature…</source>
        <translation>Submitting the signature…</translation>
    </message>
    <message>
        <source>Signature {id} was submitted and waits for Tencent Cloud&apos;s approval.</source>
        <translation>Signature {id} was submitted and waits for Tencent Cloud&apos;s approval.</translation>
    </message>
    <message>
        <source>Saving the signature…</source>
        <translation>Saving the signature…</translation>
    </message>
    <message>
        <source>Signature {id} was changed and waits for Tencent Cloud&apos;s approval again.</source>
        <translation>Signature {id} was changed and waits for Tencent Cloud&apos;s approval again.</translation>
    </message>
    <message>
        <source>Delete signature {id} “{text}” at Tencent Cloud? Messages can no longer be sent with it. This cannot be undone.</source>
        <translation>Delete signature {id} “{text}” at Tencent Cloud? Messages can no longer be sent with it. This cannot be undone.</translation>
    </message>
    <message>
        <source>Deleting the signature…</source>
        <translation>Deleting the signature…</translation>
    </message>
    <message>
        <source>Signature {id} was deleted.</source>
        <translation>Signature {id} was deleted.</translation>
    </message>
</context>
<context>
    <name>SmsGet</name>
    <message>
        <source>This is an estimate: SMS-Get&apos;s document does not say how emoji are counted, so each one is counted as two characters, the more expensive reading. The cost may turn out lower.</source>
        <translation>This is an estimate: SMS-Get&apos;s document does not say how emoji are counted, so each one is counted as two characters, the more expensive reading. The cost may turn out lower.</translation>
    </message>
</context>
<context>
    <name>SmsgetStatus</name>
    <message>
        <source>The message expired before it could be delivered; the phone may have been off or out of coverage.</source>
        <translation>The message expired before it could be delivered; the phone may have been off or out of coverage.</translation>
    </message>
    <message>
        <source>The message was deleted before it was sent.</source>
        <translation>The message was deleted before it was sent.</translation>
    </message>
    <message>
        <source>The message could not be delivered to the phone.</source>
        <translation>The message could not be delivered to the phone.</translation>
    </message>
    <message>
        <source>The operator rejected the message.</source>
        <translation>The operator rejected the message.</translation>
    </message>
    <message>
        <source>The operator marked the message as invalid.</source>
        <translation>The operator marked the message as invalid.</translation>
    </message>
    <message>
        <source>SMS-Get reported the status {status}; the message was not delivered.</source>
        <translation>SMS-Get reported the status {status}; the message was not delivered.</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>Balance trend</source>
        <translation>Balance trend</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>StateBar</name>
    <message>
        <source>Recipients by state</source>
        <translation>Recipients by state</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Whole days in China time (UTC+8, the same as Taiwan), both days included.</source>
        <translation>Whole days in China time (UTC+8, the same as Taiwan), both days included.</translation>
    </message>
    <message>
        <source>The From date is after the To date. Choose a From date on or before the To date.</source>
        <translation>The From date is after the To date. Choose a From date on or before the To date.</translation>
    </message>
    <message>
        <source>Loading statistics…</source>
        <translation>Loading statistics…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Submitted:</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Accepted:</translation>
    </message>
    <message>
        <source>Billed (long messages count per part):</source>
        <translation>Billed (long messages count per part):</translation>
    </message>
    <message>
        <source>Delivery reports</source>
        <translation>Delivery reports</translation>
    </message>
    <message>
        <source>Reports received:</source>
        <translation>Reports received:</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>Delivered:</translation>
    </message>
    <message>
        <source>Not delivered:</source>
        <translation>Not delivered:</translation>
    </message>
    <message>
        <source>{reason}:</source>
        <translation>{reason}:</translation>
    </message>
    <message>
        <source>Statistics from {begin} to {end}.</source>
        <translation>Statistics from {begin} to {end}.</translation>
    </message>
</context>
<context>
    <name>StatusJobActions</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause stops after the requests under way; press again to go on. Nobody gets the message twice.</source>
        <translation>Pause stops after the requests under way; press again to go on. Nobody gets the message twice.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Resume job {job}? {n} recipients who have not been sent this message yet are sent it now from {account}.</source>
        <translation>Resume job {job}? {n} recipients who have not been sent this message yet are sent it now from {account}.</translation>
    </message>
    <message>
        <source>The {n} whose outcome is unknown are not resent: use Send again for them once you know.</source>
        <translation>The {n} whose outcome is unknown are not resent: use Send again for them once you know.</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Resume sending</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Keep it as it is</translation>
    </message>
    <message>
        <source>Job {job}: sending the rest…</source>
        <translation>Job {job}: sending the rest…</translation>
    </message>
    <message>
        <source>Cancel job {job}? Recipients it has not sent yet are not sent; messages the vendor keeps for later are cancelled there where the vendor allows it. What was sent stays sent.</source>
        <translation>Cancel job {job}? Recipients it has not sent yet are not sent; messages the vendor keeps for later are cancelled there where the vendor allows it. What was sent stays sent.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Cancel the job</translation>
    </message>
    <message>
        <source>Job {job}: cancelling after the requests under way…</source>
        <translation>Job {job}: cancelling after the requests under way…</translation>
    </message>
    <message>
        <source>Job {job}: {cancelled} cancelled.</source>
        <translation>Job {job}: {cancelled} cancelled.</translation>
    </message>
    <message>
        <source>The job was not changed</source>
        <translation>The job was not changed</translation>
    </message>
    <message>
        <source>Cannot send again</source>
        <translation>Cannot send again</translation>
    </message>
    <message>
        <source>No one to send to</source>
        <translation>No one to send to</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Sending stopped</translation>
    </message>
    <message>
        <source>Job {job}: {submitted} submitted, {failed} failed, {unknown} unknown; {cost}.</source>
        <translation>Job {job}: {submitted} submitted, {failed} failed, {unknown} unknown; {cost}.</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <source>No messages sent yet</source>
        <translation>No messages sent yet</translation>
    </message>
    <message>
        <source>Every message you send appears here with who received it, who did not and why. Start on the Compose tab; the free Sandbox account lets you try it.</source>
        <translation>Every message you send appears here with who received it, who did not and why. Start on the Compose tab; the free Sandbox account lets you try it.</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Write a message</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Older than 30 days</source>
        <translation>Older than 30 days</translation>
    </message>
    <message>
        <source>Filter jobs by date</source>
        <translation>Filter jobs by date</translation>
    </message>
    <message>
        <source>Filter jobs by account</source>
        <translation>Filter jobs by account</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source>With {state}</source>
        <translation>With {state}</translation>
    </message>
    <message>
        <source>Show jobs with recipients in this state</source>
        <translation>Show jobs with recipients in this state</translation>
    </message>
    <message>
        <source>Search message, account, job or phone</source>
        <translation>Search message, account, job or phone</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Search jobs</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>States</source>
        <translation>States</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>How many recipients are in each state. Submitted: sent, no report yet. Expired: the phone stayed off. Unknown: it may or may not have gone out, and is not resent.</source>
        <translation>How many recipients are in each state. Submitted: sent, no report yet. Expired: the phone stayed off. Unknown: it may or may not have gone out, and is not resent.</translation>
    </message>
    <message>
        <source>Estimated from the segments of each message; the vendor&apos;s bill decides</source>
        <translation>Estimated from the segments of each message; the vendor&apos;s bill decides</translation>
    </message>
    <message>
        <source>Where the job is: Sending, Paused, Interrupted (the app stopped; resume sends the rest), Done, Cancelled or Scheduled</source>
        <translation>Where the job is: Sending, Paused, Interrupted (the app stopped; resume sends the rest), Done, Cancelled or Scheduled</translation>
    </message>
    <message>
        <source>The desk (computer) and user that created the job</source>
        <translation>The desk (computer) and user that created the job</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>No job matches these filters.</source>
        <translation>No job matches these filters.</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Resume…</translation>
    </message>
    <message>
        <source>Send the recipients this job has not sent yet, after you confirm. Unknown ones are not resent.</source>
        <translation>Send the recipients this job has not sent yet, after you confirm. Unknown ones are not resent.</translation>
    </message>
    <message>
        <source>Cancel &amp;job…</source>
        <translation>Cancel &amp;job…</translation>
    </message>
    <message>
        <source>Cancel what this job has not sent yet: here, and at the vendor for messages it keeps for a later time</source>
        <translation>Cancel what this job has not sent yet: here, and at the vendor for messages it keeps for a later time</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Filter recipients by state</source>
        <translation>Filter recipients by state</translation>
    </message>
    <message>
        <source>Resend failed…</source>
        <translation>Resend failed…</translation>
    </message>
    <message>
        <source>Send every failed recipient of this job a new message, no need to select them (as a new job, after you confirm)</source>
        <translation>Send every failed recipient of this job a new message, no need to select them (as a new job, after you confirm)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>{time} (scheduled)</source>
        <translation>{time} (scheduled)</translation>
    </message>
    <message>
        <source>Open the callback receiver settings</source>
        <translation>Open the callback receiver settings</translation>
    </message>
    <message>
        <source>This vendor cannot be asked; see the note above.</source>
        <translation>This vendor cannot be asked; see the note above.</translation>
    </message>
    <message>
        <source>Job {job}: {n} recipients updated.</source>
        <translation>Job {job}: {n} recipients updated.</translation>
    </message>
    <message>
        <source>Delivery reports for job {job} could not be read: {problem}</source>
        <translation>Delivery reports for job {job} could not be read: {problem}</translation>
    </message>
    <message>
        <source>Copied {n} numbers.</source>
        <translation>Copied {n} numbers.</translation>
    </message>
    <message>
        <source>Export job report</source>
        <translation>Export job report</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Report saved to {path}.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Job {job} · {account} · {status} · {n} recipients · {cost}</source>
        <translation>Job {job} · {account} · {status} · {n} recipients · {cost}</translation>
    </message>
    <message>
        <source>Search phone or name</source>
        <translation>Search phone or name</translation>
    </message>
    <message>
        <source>Search recipients</source>
        <translation>Search recipients</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <source>Ask the vendor for the latest delivery reports (F5)</source>
        <translation>Ask the vendor for the latest delivery reports (F5)</translation>
    </message>
    <message>
        <source>Send again…</source>
        <translation>Send again…</translation>
    </message>
    <message>
        <source>Send the selected failed or unknown recipients a new message (as a new job, after you confirm the cost)</source>
        <translation>Send the selected failed or unknown recipients a new message (as a new job, after you confirm the cost)</translation>
    </message>
    <message>
        <source>Copy numbers</source>
        <translation>Copy numbers</translation>
    </message>
    <message>
        <source>Copy the selected numbers, or every number shown, to the clipboard</source>
        <translation>Copy the selected numbers, or every number shown, to the clipboard</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save this job&apos;s report as an Excel file</source>
        <translation>Save this job&apos;s report as an Excel file</translation>
    </message>
    <message>
        <source>Recipients of the selected job</source>
        <translation>Recipients of the selected job</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The data file {path} was written by a newer version of SMS Desk (data version {found}; this version understands up to {supported}). It was not changed. Install the newer SMS Desk to open it.</source>
        <translation>The data file {path} was written by a newer version of SMS Desk (data version {found}; this version understands up to {supported}). It was not changed. Install the newer SMS Desk to open it.</translation>
    </message>
    <message>
        <source>The data file {path} is damaged ({error}). Close SMS Desk and start it again: it then checks the file and repairs what it can, after keeping a copy.</source>
        <translation>The data file {path} is damaged ({error}). Close SMS Desk and start it again: it then checks the file and repairs what it can, after keeping a copy.</translation>
    </message>
    <message>
        <source>Do not move or delete the file: it is the record of every message sent, and without it SMS Desk could send them again.</source>
        <translation>Do not move or delete the file: it is the record of every message sent, and without it SMS Desk could send them again.</translation>
    </message>
    <message>
        <source>The data file {path} is in use by another copy of SMS Desk or smsdesk-cli. Close the other copy, then try again.</source>
        <translation>The data file {path} is in use by another copy of SMS Desk or smsdesk-cli. Close the other copy, then try again.</translation>
    </message>
    <message>
        <source>The disk holding the data file {path} is full, so SMS Desk stopped before writing more. Nothing was lost and nothing was sent twice: free some space on that disk, then resume the job (Status tab, or smsdesk-cli resume).</source>
        <translation>The disk holding the data file {path} is full, so SMS Desk stopped before writing more. Nothing was lost and nothing was sent twice: free some space on that disk, then resume the job (Status tab, or smsdesk-cli resume).</translation>
    </message>
    <message>
        <source>The data file {path} is damaged ({error}) and SMS Desk could not repair it without losing records. It was not changed. Close SMS Desk and ask your support to look at the file.</source>
        <translation>The data file {path} is damaged ({error}) and SMS Desk could not repair it without losing records. It was not changed. Close SMS Desk and ask your support to look at the file.</translation>
    </message>
    <message>
        <source>SMS Desk cannot open its data file {path} for reading and writing ({error}). Close any other copy of SMS Desk or smsdesk-cli, check that the disk is connected and not full, and that your user account may read and write the file and its folder (neither may be read-only), then start SMS Desk again.</source>
        <translation>SMS Desk cannot open its data file {path} for reading and writing ({error}). Close any other copy of SMS Desk or smsdesk-cli, check that the disk is connected and not full, and that your user account may read and write the file and its folder (neither may be read-only), then start SMS Desk again.</translation>
    </message>
    <message>
        <source>SMS Desk could not write to its data file {path} ({error}). Check that the disk is connected and not full and that your user account may write the file and its folder, then resume the job (Status tab, or smsdesk-cli resume).</source>
        <translation>SMS Desk could not write to its data file {path} ({error}). Check that the disk is connected and not full and that your user account may write the file and its folder, then resume the job (Status tab, or smsdesk-cli resume).</translation>
    </message>
    <message>
        <source>SMS Desk found damage in its data file and repaired it without losing records. The file as it was is kept as {copy}.</source>
        <translation>SMS Desk found damage in its data file and repaired it without losing records. The file as it was is kept as {copy}.</translation>
    </message>
    <message>
        <source>The database {database} on {server} stores text as {encoding}, which cannot hold Chinese names and messages. Nothing was changed. Create the database again with ENCODING &apos;UTF8&apos; (see the README, “Shared workspace”).</source>
        <translation>The database {database} on {server} stores text as {encoding}, which cannot hold Chinese names and messages. Nothing was changed. Create the database again with ENCODING &apos;UTF8&apos; (see the README, “Shared workspace”).</translation>
    </message>
    <message>
        <source>A shared workspace address looks like postgresql://user@server/database.</source>
        <translation>A shared workspace address looks like postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>The shared workspace server {server} refused the user {user}: the password is wrong or missing. Enter it again in Tools → Shared workspace.</source>
        <translation>The shared workspace server {server} refused the user {user}: the password is wrong or missing. Enter it again in Tools → Shared workspace.</translation>
    </message>
    <message>
        <source>The shared workspace server {server} has no database {database}. Create it (see the README, “Shared workspace”) or correct the address.</source>
        <translation>The shared workspace server {server} has no database {database}. Create it (see the README, “Shared workspace”) or correct the address.</translation>
    </message>
    <message>
        <source>The shared workspace server {server} cannot be reached ({error}). SMS Desk stopped before the next message: nothing more was sent, and nothing will be sent twice. Check the network and that the server is running, then resume the job (Status tab, or smsdesk-cli resume).</source>
        <translation>The shared workspace server {server} cannot be reached ({error}). SMS Desk stopped before the next message: nothing more was sent, and nothing will be sent twice. Check the network and that the server is running, then resume the job (Status tab, or smsdesk-cli resume).</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Edit template {id}</source>
        <translation>Edit template {id}</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>Add a template</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Template text</translation>
    </message>
    <message>
        <source>e.g. Your order {1} is ready for pickup.</source>
        <translation>e.g. Your order {1} is ready for pickup.</translation>
    </message>
    <message>
        <source>Template type</source>
        <translation>Template type</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Template name</translation>
    </message>
    <message>
        <source>Note for the reviewer</source>
        <translation>Note for the reviewer</translation>
    </message>
    <message>
        <source>optional: why and where you use it</source>
        <translation>optional: why and where you use it</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Write {1}, {2}, ... where SMS Desk fills in values. Tencent Cloud reviews every new or changed template before it can be used.</source>
        <translation>Write {1}, {2}, ... where SMS Desk fills in values. Tencent Cloud reviews every new or changed template before it can be used.</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Write the template text.</source>
        <translation>Write the template text.</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Reload templates</source>
        <translation>Reload templates</translation>
    </message>
    <message>
        <source>Fetch the approved templates from the vendor again</source>
        <translation>Fetch the approved templates from the vendor again</translation>
    </message>
    <message>
        <source>Loading the approved templates from {vendor}…</source>
        <translation>Loading the approved templates from {vendor}…</translation>
    </message>
    <message>
        <source>The templates could not be loaded: {error} Then press Reload templates.</source>
        <translation>The templates could not be loaded: {error} Then press Reload templates.</translation>
    </message>
    <message>
        <source>No templates yet. Add each approved {vendor} template (its ID and text) to this account in Tools → Accounts.</source>
        <translation>No templates yet. Add each approved {vendor} template (its ID and text) to this account in Tools → Accounts.</translation>
    </message>
    <message>
        <source>{vendor} has no approved SMS templates for this account. Apply for one in the vendor&apos;s console, then press Reload templates.</source>
        <translation>{vendor} has no approved SMS templates for this account. Apply for one in the vendor&apos;s console, then press Reload templates.</translation>
    </message>
    <message>
        <source>Template {id}. Its text is not entered in the account settings, so the preview and the cost are estimates.</source>
        <translation>Template {id}. Its text is not entered in the account settings, so the preview and the cost are estimates.</translation>
    </message>
    <message>
        <source>Template value {name}</source>
        <translation>Template value {name}</translation>
    </message>
    <message>
        <source>Value for {name}; may use placeholders such as {{name}}</source>
        <translation>Value for {name}; may use placeholders such as {{name}}</translation>
    </message>
    <message>
        <source>This template has no values to fill in.</source>
        <translation>This template has no values to fill in.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>{vendor} keeps its templates itself, not in SMS Desk, so account “{account}” has no template list here. Add, change or remove them in the window under Vendor tools → Templates.</source>
        <translation>{vendor} keeps its templates itself, not in SMS Desk, so account “{account}” has no template list here. Add, change or remove them in the window under Vendor tools → Templates.</translation>
    </message>
    <message>
        <source>{vendor} sends free text, not templates, so account “{account}” has no template list.</source>
        <translation>{vendor} sends free text, not templates, so account “{account}” has no template list.</translation>
    </message>
    <message>
        <source>Give the template&apos;s ID, as the vendor&apos;s console shows it.</source>
        <translation>Give the template&apos;s ID, as the vendor&apos;s console shows it.</translation>
    </message>
    <message>
        <source>Give the template&apos;s text as approved at the vendor, with its variables written {{name}}, so SMS Desk can show a preview and ask for every value.</source>
        <translation>Give the template&apos;s text as approved at the vendor, with its variables written {{name}}, so SMS Desk can show a preview and ask for every value.</translation>
    </message>
    <message>
        <source>Account “{account}” already has a template {id}. Remove it first, or change it with --replace.</source>
        <translation>Account “{account}” already has a template {id}. Remove it first, or change it with --replace.</translation>
    </message>
    <message>
        <source>Account “{account}” has no template {id}.</source>
        <translation>Account “{account}” has no template {id}.</translation>
    </message>
</context>
<context>
    <name>TemplatesEditor</name>
    <message>
        <source>Template ID</source>
        <translation>Template ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Parameters (comma-separated)</source>
        <translation>Parameters (comma-separated)</translation>
    </message>
    <message>
        <source>Preview text</source>
        <translation>Preview text</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>Add template</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>Remove template</translation>
    </message>
    <message>
        <source>Template row {n} has no template ID. Copy the ID from the vendor&apos;s console or remove the row.</source>
        <translation>Template row {n} has no template ID. Copy the ID from the vendor&apos;s console or remove the row.</translation>
    </message>
    <message>
        <source>The template ID {id} appears twice.</source>
        <translation>The template ID {id} appears twice.</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>The message templates of this Tencent Cloud application. Only approved templates can be sent; a rejected one shows the reviewer&apos;s reason.</source>
        <translation>The message templates of this Tencent Cloud application. Only approved templates can be sent; a rejected one shows the reviewer&apos;s reason.</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>Loading templates…</translation>
    </message>
    <message>
        <source>{n} templates.</source>
        <translation>{n} templates.</translation>
    </message>
    <message>
        <source>Submitting the template…</source>
        <translation>Submitting the template…</translation>
    </message>
    <message>
        <source>Template {id} was submitted and waits for Tencent Cloud&apos;s approval.</source>
        <translation>Template {id} was submitted and waits for Tencent Cloud&apos;s approval.</translation>
    </message>
    <message>
        <source>Saving the template…</source>
        <translation>Saving the template…</translation>
    </message>
    <message>
        <source>Template {id} was changed and waits for Tencent Cloud&apos;s approval again.</source>
        <translation>Template {id} was changed and waits for Tencent Cloud&apos;s approval again.</translation>
    </message>
    <message>
        <source>Delete template {id} “{text}” at Tencent Cloud? Messages can no longer be sent with it. This cannot be undone.</source>
        <translation>Delete template {id} “{text}” at Tencent Cloud? Messages can no longer be sent with it. This cannot be undone.</translation>
    </message>
    <message>
        <source>Deleting the template…</source>
        <translation>Deleting the template…</translation>
    </message>
    <message>
        <source>Template {id} was deleted.</source>
        <translation>Template {id} was deleted.</translation>
    </message>
</context>
<context>
    <name>Tencent</name>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Carrier internal error</source>
        <translation>Carrier internal error</translation>
    </message>
    <message>
        <source>Number invalid or does not exist</source>
        <translation>Number invalid or does not exist</translation>
    </message>
    <message>
        <source>Phone out of service or switched off</source>
        <translation>Phone out of service or switched off</translation>
    </message>
    <message>
        <source>Number on a block list</source>
        <translation>Number on a block list</translation>
    </message>
    <message>
        <source>Carrier&apos;s frequency limit</source>
        <translation>Carrier&apos;s frequency limit</translation>
    </message>
    <message>
        <source>This is not a complete international phone number (+ country code and number).</source>
        <translation>This is not a complete international phone number (+ country code and number).</translation>
    </message>
    <message>
        <source>The country code of this phone number is not known. Check the number.</source>
        <translation>The country code of this phone number is not known. Check the number.</translation>
    </message>
    <message>
        <source>Mainland China mobile numbers have 11 digits starting with 1. Check the number.</source>
        <translation>Mainland China mobile numbers have 11 digits starting with 1. Check the number.</translation>
    </message>
    <message>
        <source>Template values must be numbered 1, 2, 3... like the template&apos;s placeholders.</source>
        <translation>Template values must be numbered 1, 2, 3... like the template&apos;s placeholders.</translation>
    </message>
    <message>
        <source>The template needs a value for {{{number}}}. Fill in every placeholder from {{1}} to {{{last}}} and send again.</source>
        <translation>The template needs a value for {{{number}}}. Fill in every placeholder from {{1}} to {{{last}}} and send again.</translation>
    </message>
    <message>
        <source>Enter the SDK AppID and App Key of your Tencent Cloud SMS application in the account settings.</source>
        <translation>Enter the SDK AppID and App Key of your Tencent Cloud SMS application in the account settings.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request (HTTP {status}). Check the server address in the account settings (normally leave it empty).</source>
        <translation>Tencent Cloud refused the request (HTTP {status}). Check the server address in the account settings (normally leave it empty).</translation>
    </message>
    <message>
        <source>Tencent Cloud&apos;s answer had no result, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>Tencent Cloud&apos;s answer had no result, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</translation>
    </message>
    <message>
        <source>Tencent Cloud&apos;s answer could not be understood. Try again in a few minutes.</source>
        <translation>Tencent Cloud&apos;s answer could not be understood. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Tencent Cloud timed out while handling the send, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>Tencent Cloud timed out while handling the send, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes ahead of the correct time, so Tencent Cloud refused the request (it allows 10 minutes). Set the date, time and time zone correctly (turn on automatic time) and try again.</source>
        <translation>This computer&apos;s clock is {minutes} minutes ahead of the correct time, so Tencent Cloud refused the request (it allows 10 minutes). Set the date, time and time zone correctly (turn on automatic time) and try again.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes behind the correct time, so Tencent Cloud refused the request (it allows 10 minutes). Set the date, time and time zone correctly (turn on automatic time) and try again.</source>
        <translation>This computer&apos;s clock is {minutes} minutes behind the correct time, so Tencent Cloud refused the request (it allows 10 minutes). Set the date, time and time zone correctly (turn on automatic time) and try again.</translation>
    </message>
    <message>
        <source>Tencent Cloud SMS cannot schedule messages. Send it without a time, or let SMS Desk send it at the chosen time.</source>
        <translation>Tencent Cloud SMS cannot schedule messages. Send it without a time, or let SMS Desk send it at the chosen time.</translation>
    </message>
    <message>
        <source>Tencent Cloud sends only approved templates. Choose a template (its ID is the number shown in the SMS console).</source>
        <translation>Tencent Cloud sends only approved templates. Choose a template (its ID is the number shown in the SMS console).</translation>
    </message>
    <message>
        <source>The message has {count} characters; Tencent Cloud takes at most 450. Shorten the template values.</source>
        <translation>The message has {count} characters; Tencent Cloud takes at most 450. Shorten the template values.</translation>
    </message>
    <message>
        <source>Tencent Cloud accepted the bulk request but sent no per-number results, so it is not known which messages were accepted. They will not be resent automatically.</source>
        <translation>Tencent Cloud accepted the bulk request but sent no per-number results, so it is not known which messages were accepted. They will not be resent automatically.</translation>
    </message>
    <message>
        <source>Tencent Cloud&apos;s answer did not say whether this number was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>Tencent Cloud&apos;s answer did not say whether this number was accepted. It will not be resent automatically; check its status before sending again.</translation>
    </message>
    <message>
        <source>Connected to Tencent Cloud SMS. The application has {count} templates.</source>
        <translation>Connected to Tencent Cloud SMS. The application has {count} templates.</translation>
    </message>
    <message>
        <source>The answer was lost, so it is not known whether Tencent Cloud received the application. Check the list before submitting it again.</source>
        <translation>The answer was lost, so it is not known whether Tencent Cloud received the application. Check the list before submitting it again.</translation>
    </message>
    <message>
        <source>The start of the period must not be after its end.</source>
        <translation>The start of the period must not be after its end.</translation>
    </message>
    <message>
        <source>No balance query in Tencent v5. This month: {request} submitted, {success} accepted, {billed} billed.</source>
        <translation>No balance query in Tencent v5. This month: {request} submitted, {success} accepted, {billed} billed.</translation>
    </message>
</context>
<context>
    <name>ToolTab</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>{vendor} does not answer status questions; its delivery reports arrive only through the callback receiver. Turn it on in Settings → Callback receiver and give {vendor} its address.</source>
        <translation>{vendor} does not answer status questions; its delivery reports arrive only through the callback receiver. Turn it on in Settings → Callback receiver and give {vendor} its address.</translation>
    </message>
    <message>
        <source>{vendor} offers neither a status query nor documented delivery callbacks, so SMS Desk cannot learn whether these messages arrived. Check delivery in the {vendor} console.</source>
        <translation>{vendor} offers neither a status query nor documented delivery callbacks, so SMS Desk cannot learn whether these messages arrived. Check delivery in the {vendor} console.</translation>
    </message>
    <message>
        <source>[template {id}]</source>
        <translation>[template {id}]</translation>
    </message>
    <message>
        <source>Only recipients whose message failed, expired or has an unknown outcome can be sent again. Select such rows first.</source>
        <translation>Only recipients whose message failed, expired or has an unknown outcome can be sent again. Select such rows first.</translation>
    </message>
    <message>
        <source>Careful: for {n} of these numbers it is not known whether the first message arrived. They may get it twice, and you pay twice.</source>
        <translation>Careful: for {n} of these numbers it is not known whether the first message arrived. They may get it twice, and you pay twice.</translation>
    </message>
    <message>
        <source>This sends again to recipients of job {job}, as a new job.</source>
        <translation>This sends again to recipients of job {job}, as a new job.</translation>
    </message>
    <message>
        <source>Replied “{text}” on {when} ({account})</source>
        <translation>Replied “{text}” on {when} ({account})</translation>
    </message>
    <message>
        <source>{account}: replies could not be fetched. {error}</source>
        <translation>{account}: replies could not be fetched. {error}</translation>
    </message>
    <message>
        <source>opt-out keyword</source>
        <translation>opt-out keyword</translation>
    </message>
</context>
<context>
    <name>TwSMS</name>
    <message>
        <source>{phone} is not a complete international phone number. Check the number in the list.</source>
        <translation>{phone} is not a complete international phone number. Check the number in the list.</translation>
    </message>
    <message>
        <source>{phone} is not a Taiwan mobile number (09xxxxxxxx); text messages can only go to mobiles. Check the number in the list.</source>
        <translation>{phone} is not a Taiwan mobile number (09xxxxxxxx); text messages can only go to mobiles. Check the number in the list.</translation>
    </message>
    <message>
        <source>The message has {count} characters, but TwSMS cannot send long messages to numbers outside Taiwan: at most {limit} characters. Shorten the message or send to foreign numbers separately.</source>
        <translation>The message has {count} characters, but TwSMS cannot send long messages to numbers outside Taiwan: at most {limit} characters. Shorten the message or send to foreign numbers separately.</translation>
    </message>
    <message>
        <source>The message has {count} characters; with long messages turned off in the account settings TwSMS allows {limit}. Shorten the message or allow long messages.</source>
        <translation>The message has {count} characters; with long messages turned off in the account settings TwSMS allows {limit}. Shorten the message or allow long messages.</translation>
    </message>
    <message>
        <source>The message has {count} characters; TwSMS allows at most {limit}. Shorten it and send again.</source>
        <translation>The message has {count} characters; TwSMS allows at most {limit}. Shorten it and send again.</translation>
    </message>
    <message>
        <source>TwSMS needs a scheduled time at least one minute in the future (it schedules to the minute, Taiwan time). Pick a later time.</source>
        <translation>TwSMS needs a scheduled time at least one minute in the future (it schedules to the minute, Taiwan time). Pick a later time.</translation>
    </message>
    <message>
        <source>the message is empty. Type the message text.</source>
        <translation>the message is empty. Type the message text.</translation>
    </message>
    <message>
        <source>the message validity period in the account settings must be a whole number of seconds from 300 to 28800.</source>
        <translation>the message validity period in the account settings must be a whole number of seconds from 300 to 28800.</translation>
    </message>
    <message>
        <source>the delivery report address (drurl) in the account settings is not a web address. Enter a complete address starting with http:// or https://, or clear it.</source>
        <translation>the delivery report address (drurl) in the account settings is not a web address. Enter a complete address starting with http:// or https://, or clear it.</translation>
    </message>
    <message>
        <source>The server address in the account settings does not offer the TwSMS API (HTTP {status}). Check or clear the address; nothing was sent.</source>
        <translation>The server address in the account settings does not offer the TwSMS API (HTTP {status}). Check or clear the address; nothing was sent.</translation>
    </message>
    <message>
        <source>TwSMS&apos;s answer had no result code, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>TwSMS&apos;s answer had no result code, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</translation>
    </message>
    <message>
        <source>TwSMS&apos;s answer could not be read. Try again in a few minutes.</source>
        <translation>TwSMS&apos;s answer could not be read. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>TwSMS reported success without a message ID, so the message cannot be tracked. It will not be resent automatically; check it on www.twsms.com.</source>
        <translation>TwSMS reported success without a message ID, so the message cannot be tracked. It will not be resent automatically; check it on www.twsms.com.</translation>
    </message>
    <message>
        <source>This message could not be cancelled: TwSMS has already sent it or no longer has it.</source>
        <translation>This message could not be cancelled: TwSMS has already sent it or no longer has it.</translation>
    </message>
    <message>
        <source>replies without a two-way code (snumber) in the account settings</source>
        <translation>replies without a two-way code (snumber) in the account settings</translation>
    </message>
    <message>
        <source>TwSMS answered the balance query without a balance. Check the balance on www.twsms.com.</source>
        <translation>TwSMS answered the balance query without a balance. Check the balance on www.twsms.com.</translation>
    </message>
    <message>
        <source>TwSMS refused this computer&apos;s public IP address {ip}. Sign in at www.twsms.com, open Account settings (帳號設定) → API settings (API 設定), add {ip} to the allowed IPs, then test again.</source>
        <translation>TwSMS refused this computer&apos;s public IP address {ip}. Sign in at www.twsms.com, open Account settings (帳號設定) → API settings (API 設定), add {ip} to the allowed IPs, then test again.</translation>
    </message>
    <message>
        <source>TwSMS sees this computer&apos;s address as {ip}.</source>
        <translation>TwSMS sees this computer&apos;s address as {ip}.</translation>
    </message>
    <message>
        <source>TwSMS does not accept emoji or picture symbols. Remove {emoji} from the message, or replace them with words.</source>
        <translation>TwSMS does not accept emoji or picture symbols. Remove {emoji} from the message, or replace them with words.</translation>
    </message>
</context>
<context>
    <name>TwsmsStatus</name>
    <message>
        <source>The message expired before it could be delivered; the phone may have been off or out of coverage for the whole validity period.</source>
        <translation>The message expired before it could be delivered; the phone may have been off or out of coverage for the whole validity period.</translation>
    </message>
    <message>
        <source>The message was deleted before it was sent.</source>
        <translation>The message was deleted before it was sent.</translation>
    </message>
    <message>
        <source>The message could not be delivered to the phone.</source>
        <translation>The message could not be delivered to the phone.</translation>
    </message>
    <message>
        <source>The operator marked the message as invalid.</source>
        <translation>The operator marked the message as invalid.</translation>
    </message>
    <message>
        <source>The operator rejected the message.</source>
        <translation>The operator rejected the message.</translation>
    </message>
    <message>
        <source>Sending failed at the operator.</source>
        <translation>Sending failed at the operator.</translation>
    </message>
    <message>
        <source>The phone number is wrong or not in service. Check the number.</source>
        <translation>The phone number is wrong or not in service. Check the number.</translation>
    </message>
    <message>
        <source>The operator refused the message content.</source>
        <translation>The operator refused the message content.</translation>
    </message>
    <message>
        <source>A system error at TwSMS or the operator stopped the message.</source>
        <translation>A system error at TwSMS or the operator stopped the message.</translation>
    </message>
    <message>
        <source>TwSMS&apos;s keyword filter blocked the message. Reword the message and send it again.</source>
        <translation>TwSMS&apos;s keyword filter blocked the message. Reword the message and send it again.</translation>
    </message>
    <message>
        <source>The recipient has asked not to receive advertising messages.</source>
        <translation>The recipient has asked not to receive advertising messages.</translation>
    </message>
    <message>
        <source>TwSMS reported the message as failed.</source>
        <translation>TwSMS reported the message as failed.</translation>
    </message>
</context>
<context>
    <name>Vendor</name>
    <message>
        <source>SMS Desk did not send it: {reason}</source>
        <translation>SMS Desk did not send it: {reason}</translation>
    </message>
    <message>
        <source>{vendor} does not offer {what}.</source>
        <translation>{vendor} does not offer {what}.</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>cancelling a scheduled message</source>
        <translation>cancelling a scheduled message</translation>
    </message>
    <message>
        <source>delivery status queries</source>
        <translation>delivery status queries</translation>
    </message>
    <message>
        <source>finding messages by phone number</source>
        <translation>finding messages by phone number</translation>
    </message>
    <message>
        <source>fetching replies</source>
        <translation>fetching replies</translation>
    </message>
    <message>
        <source>a balance query</source>
        <translation>a balance query</translation>
    </message>
    <message>
        <source>Connected. Balance: {amount} {unit}.</source>
        <translation>Connected. Balance: {amount} {unit}.</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>EngageLab</source>
        <translation>EngageLab</translation>
    </message>
    <message>
        <source>EngageLab has no test call that costs nothing. Settings look complete, but add at least one template before sending.</source>
        <translation>EngageLab has no test call that costs nothing. Settings look complete, but add at least one template before sending.</translation>
    </message>
    <message>
        <source>EngageLab has no test call that costs nothing. Settings look complete; the key is checked on the first send.</source>
        <translation>EngageLab has no test call that costs nothing. Settings look complete; the key is checked on the first send.</translation>
    </message>
    <message>
        <source>Sandbox (free practice account)</source>
        <translation>Sandbox (free practice account)</translation>
    </message>
    <message>
        <source>SepSMS</source>
        <translation>SepSMS</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>credits</translation>
    </message>
    <message>
        <source>Tencent Cloud SMS</source>
        <translation>Tencent Cloud SMS</translation>
    </message>
    <message>
        <source>TwSMS</source>
        <translation>TwSMS</translation>
    </message>
    <message>
        <source>SMS-Get</source>
        <translation>SMS-Get</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>The driver for the vendor “{vendor}” is not installed or could not be loaded, so nothing was sent. Reinstall the package that provides it and restart SMS Desk.</source>
        <translation>The driver for the vendor “{vendor}” is not installed or could not be loaded, so nothing was sent. Reinstall the package that provides it and restart SMS Desk.</translation>
    </message>
</context>
<context>
    <name>VendorErrors</name>
    <message>
        <source>The vendor answered with an error this version of SMS Desk does not know. Contact the vendor&apos;s support with the code shown.</source>
        <translation>The vendor answered with an error this version of SMS Desk does not know. Contact the vendor&apos;s support with the code shown.</translation>
    </message>
    <message>
        <source>EngageLab had an internal error. Try again in a few minutes; if it keeps happening, contact EngageLab support.</source>
        <translation>EngageLab had an internal error. Try again in a few minutes; if it keeps happening, contact EngageLab support.</translation>
    </message>
    <message>
        <source>EngageLab did not accept the Dev Key and Dev Secret. Copy both from the API key page of the EngageLab SMS console into the account settings.</source>
        <translation>EngageLab did not accept the Dev Key and Dev Secret. Copy both from the API key page of the EngageLab SMS console into the account settings.</translation>
    </message>
    <message>
        <source>This EngageLab API key has expired or was disabled. Enable it or create a new key in the EngageLab SMS console and enter it in the account settings.</source>
        <translation>This EngageLab API key has expired or was disabled. Enable it or create a new key in the EngageLab SMS console and enter it in the account settings.</translation>
    </message>
    <message>
        <source>This EngageLab API key is not allowed to send SMS. Give the key permission for the SMS send API in the EngageLab console, or use a key that has it.</source>
        <translation>This EngageLab API key is not allowed to send SMS. Give the key permission for the SMS send API in the EngageLab console, or use a key that has it.</translation>
    </message>
    <message>
        <source>EngageLab could not read the request ({text}). This is a problem in SMS Desk; please report it with the code shown.</source>
        <translation>EngageLab could not read the request ({text}). This is a problem in SMS Desk; please report it with the code shown.</translation>
    </message>
    <message>
        <source>EngageLab refused a value in the request: {text}. Check the numbers, the template ID and the template values, then send again.</source>
        <translation>EngageLab refused a value in the request: {text}. Check the numbers, the template ID and the template values, then send again.</translation>
    </message>
    <message>
        <source>EngageLab refused the request: {text}. Correct what it names and send again.</source>
        <translation>EngageLab refused the request: {text}. Correct what it names and send again.</translation>
    </message>
    <message>
        <source>EngageLab does not send the same template to the same number again while the earlier code is still valid. Nothing was sent to this number; wait until that code expires, then send to it again.</source>
        <translation>EngageLab does not send the same template to the same number again while the earlier code is still valid. Nothing was sent to this number; wait until that code expires, then send to it again.</translation>
    </message>
    <message>
        <source>EngageLab does not know this template ({text}). Check the template ID in the EngageLab SMS console (the template must be approved) and in the account&apos;s template list.</source>
        <translation>EngageLab does not know this template ({text}). Check the template ID in the EngageLab SMS console (the template must be approved) and in the account&apos;s template list.</translation>
    </message>
    <message>
        <source>EngageLab could not send the message: {text}. Check the numbers and the template; if it is unclear, contact EngageLab support with this text.</source>
        <translation>EngageLab could not send the message: {text}. Check the numbers and the template; if it is unclear, contact EngageLab support with this text.</translation>
    </message>
    <message>
        <source>{number} is not a complete international number. Write it with the country code, e.g. +886912345678.</source>
        <translation>{number} is not a complete international number. Write it with the country code, e.g. +886912345678.</translation>
    </message>
    <message>
        <source>The EngageLab Dev Key or Dev Secret is missing. Enter both in the account settings.</source>
        <translation>The EngageLab Dev Key or Dev Secret is missing. Enter both in the account settings.</translation>
    </message>
    <message>
        <source>EngageLab needs a scheduled time at least 3 minutes after the request reaches it. Choose a time at least 4 minutes from now.</source>
        <translation>EngageLab needs a scheduled time at least 3 minutes after the request reaches it. Choose a time at least 4 minutes from now.</translation>
    </message>
    <message>
        <source>EngageLab cannot schedule more than 30 days ahead. Choose an earlier time.</source>
        <translation>EngageLab cannot schedule more than 30 days ahead. Choose an earlier time.</translation>
    </message>
    <message>
        <source>EngageLab only sends approved templates. Choose a template for this message.</source>
        <translation>EngageLab only sends approved templates. Choose a template for this message.</translation>
    </message>
    <message>
        <source>The template &quot;{name}&quot; needs a value for: {missing}. Without one, EngageLab would send the placeholder text itself. Fill them in and send again.</source>
        <translation>The template &quot;{name}&quot; needs a value for: {missing}. Without one, EngageLab would send the placeholder text itself. Fill them in and send again.</translation>
    </message>
    <message>
        <source>EngageLab did not accept this number. Check that it is a valid mobile number with its country code.</source>
        <translation>EngageLab did not accept this number. Check that it is a valid mobile number with its country code.</translation>
    </message>
    <message>
        <source>EngageLab reported a problem ({text}) but counted {accepted} of {total} numbers as accepted. These numbers are marked unknown and will not be resent automatically; check the send records in the EngageLab console before sending again.</source>
        <translation>EngageLab reported a problem ({text}) but counted {accepted} of {total} numbers as accepted. These numbers are marked unknown and will not be resent automatically; check the send records in the EngageLab console before sending again.</translation>
    </message>
    <message>
        <source>EngageLab accepted {accepted} of {total} numbers of this request without saying which. These numbers are marked unknown and will not be resent automatically; check the send records in the EngageLab console before sending again.</source>
        <translation>EngageLab accepted {accepted} of {total} numbers of this request without saying which. These numbers are marked unknown and will not be resent automatically; check the send records in the EngageLab console before sending again.</translation>
    </message>
    <message>
        <source>EngageLab refused the scheduled time: {text}. It must be at least 3 minutes and at most 30 days from now.</source>
        <translation>EngageLab refused the scheduled time: {text}. It must be at least 3 minutes and at most 30 days from now.</translation>
    </message>
    <message>
        <source>EngageLab refused the request with an unexpected answer (HTTP {status}). Nothing was sent; check the server address in the account settings, or contact EngageLab support.</source>
        <translation>EngageLab refused the request with an unexpected answer (HTTP {status}). Nothing was sent; check the server address in the account settings, or contact EngageLab support.</translation>
    </message>
    <message>
        <source>EngageLab answered without the expected details, so it is not known whether the message was accepted. It will not be resent automatically; check the EngageLab console before sending again.</source>
        <translation>EngageLab answered without the expected details, so it is not known whether the message was accepted. It will not be resent automatically; check the EngageLab console before sending again.</translation>
    </message>
    <message>
        <source>SepSMS did not accept the API key. Copy the key (it starts with sk_sep_) from the SepSMS developer dashboard into the account settings; if it was lost, create a new key there, as a key is shown only once.</source>
        <translation>SepSMS did not accept the API key. Copy the key (it starts with sk_sep_) from the SepSMS developer dashboard into the account settings; if it was lost, create a new key there, as a key is shown only once.</translation>
    </message>
    <message>
        <source>This SepSMS API key was revoked or disabled. Create a new key in the SepSMS developer dashboard and enter it in the account settings.</source>
        <translation>This SepSMS API key was revoked or disabled. Create a new key in the SepSMS developer dashboard and enter it in the account settings.</translation>
    </message>
    <message>
        <source>This SepSMS API key is not allowed to do this ({text}). In the SepSMS developer dashboard give the key the scopes sms:send, sms:read and credit:read (and otp:send, otp:verify for OTP), or create a key that has them.</source>
        <translation>This SepSMS API key is not allowed to do this ({text}). In the SepSMS developer dashboard give the key the scopes sms:send, sms:read and credit:read (and otp:send, otp:verify for OTP), or create a key that has them.</translation>
    </message>
    <message>
        <source>The SepSMS API key is limited to certain IP addresses and this computer&apos;s address is not one of them. Add the office&apos;s public IP address to the key&apos;s allowed IPs in the SepSMS developer dashboard.</source>
        <translation>The SepSMS API key is limited to certain IP addresses and this computer&apos;s address is not one of them. Add the office&apos;s public IP address to the key&apos;s allowed IPs in the SepSMS developer dashboard.</translation>
    </message>
    <message>
        <source>The SepSMS account does not have enough credit for this send. Nothing was sent. Top up credit in the SepSMS dashboard, then send again.</source>
        <translation>The SepSMS account does not have enough credit for this send. Nothing was sent. Top up credit in the SepSMS dashboard, then send again.</translation>
    </message>
    <message>
        <source>SepSMS limits how many requests can be made per minute and did not accept this one. Nothing was sent; wait a minute and try again.</source>
        <translation>SepSMS limits how many requests can be made per minute and did not accept this one. Nothing was sent; wait a minute and try again.</translation>
    </message>
    <message>
        <source>SepSMS allows only 5 OTP codes per minute from one address. Nothing was sent; wait a minute and try again.</source>
        <translation>SepSMS allows only 5 OTP codes per minute from one address. Nothing was sent; wait a minute and try again.</translation>
    </message>
    <message>
        <source>SepSMS could not read the request. This is a problem in SMS Desk; please report it with the code shown.</source>
        <translation>SepSMS could not read the request. This is a problem in SMS Desk; please report it with the code shown.</translation>
    </message>
    <message>
        <source>No sender name was given. Enter your approved SepSMS sender name (origin) in the account settings.</source>
        <translation>No sender name was given. Enter your approved SepSMS sender name (origin) in the account settings.</translation>
    </message>
    <message>
        <source>SepSMS has not approved this sender name. Enter a sender name exactly as approved in the SepSMS dashboard, or ask SepSMS to approve it.</source>
        <translation>SepSMS has not approved this sender name. Enter a sender name exactly as approved in the SepSMS dashboard, or ask SepSMS to approve it.</translation>
    </message>
    <message>
        <source>The message is empty. Write the message text, then send again.</source>
        <translation>The message is empty. Write the message text, then send again.</translation>
    </message>
    <message>
        <source>SepSMS refused the message because it is too long ({text}). Shorten the text and send again.</source>
        <translation>SepSMS refused the message because it is too long ({text}). Shorten the text and send again.</translation>
    </message>
    <message>
        <source>No phone number was given. Add recipients, then send again.</source>
        <translation>No phone number was given. Add recipients, then send again.</translation>
    </message>
    <message>
        <source>SepSMS refused a phone number ({text}). SepSMS only reaches Thai mobile numbers; correct or remove the number and send again.</source>
        <translation>SepSMS refused a phone number ({text}). SepSMS only reaches Thai mobile numbers; correct or remove the number and send again.</translation>
    </message>
    <message>
        <source>SepSMS refused the personalised values ({text}). Check the columns used in the message and send again.</source>
        <translation>SepSMS refused the personalised values ({text}). Check the columns used in the message and send again.</translation>
    </message>
    <message>
        <source>SepSMS refused the scheduled time ({text}). Choose a time in the future and send again.</source>
        <translation>SepSMS refused the scheduled time ({text}). Choose a time in the future and send again.</translation>
    </message>
    <message>
        <source>SepSMS refused the OTP message: it must contain {{code}} where the code goes.</source>
        <translation>SepSMS refused the OTP message: it must contain {{code}} where the code goes.</translation>
    </message>
    <message>
        <source>SepSMS refused a value in the request: {text}. Correct it and try again.</source>
        <translation>SepSMS refused a value in the request: {text}. Correct it and try again.</translation>
    </message>
    <message>
        <source>SepSMS does not know this message. It may belong to another API key or account; check the account settings.</source>
        <translation>SepSMS does not know this message. It may belong to another API key or account; check the account settings.</translation>
    </message>
    <message>
        <source>SepSMS could not cancel this message because it is already being sent or was sent.</source>
        <translation>SepSMS could not cancel this message because it is already being sent or was sent.</translation>
    </message>
    <message>
        <source>This scheduled message was already cancelled.</source>
        <translation>This scheduled message was already cancelled.</translation>
    </message>
    <message>
        <source>SepSMS does not know this OTP reference. Check it, or send a new code.</source>
        <translation>SepSMS does not know this OTP reference. Check it, or send a new code.</translation>
    </message>
    <message>
        <source>This OTP code has expired. Send a new code.</source>
        <translation>This OTP code has expired. Send a new code.</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried for this OTP. Send a new code.</source>
        <translation>Too many wrong codes were tried for this OTP. Send a new code.</translation>
    </message>
    <message>
        <source>This OTP code was already used. Send a new code if needed.</source>
        <translation>This OTP code was already used. Send a new code if needed.</translation>
    </message>
    <message>
        <source>SepSMS had an internal problem. Try again in a few minutes.</source>
        <translation>SepSMS had an internal problem. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>SepSMS refused the API key: {text}. Check the key and its scopes in the SepSMS developer dashboard.</source>
        <translation>SepSMS refused the API key: {text}. Check the key and its scopes in the SepSMS developer dashboard.</translation>
    </message>
    <message>
        <source>SepSMS reported a credit problem: {text}. Check the credit in the SepSMS dashboard.</source>
        <translation>SepSMS reported a credit problem: {text}. Check the credit in the SepSMS dashboard.</translation>
    </message>
    <message>
        <source>SepSMS asked us to slow down: {text}. Nothing was sent; try again in a minute.</source>
        <translation>SepSMS asked us to slow down: {text}. Nothing was sent; try again in a minute.</translation>
    </message>
    <message>
        <source>SepSMS refused the request: {text}. Correct it and try again.</source>
        <translation>SepSMS refused the request: {text}. Correct it and try again.</translation>
    </message>
    <message>
        <source>SepSMS had a temporary problem: {text}. Try again in a few minutes.</source>
        <translation>SepSMS had a temporary problem: {text}. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>{number} is not a Thai mobile number. SepSMS only delivers to Thai mobile numbers (+66 followed by 9 digits starting with 6, 8 or 9).</source>
        <translation>{number} is not a Thai mobile number. SepSMS only delivers to Thai mobile numbers (+66 followed by 9 digits starting with 6, 8 or 9).</translation>
    </message>
    <message>
        <source>{number} is not a Thai number. SepSMS only delivers to Thai mobile networks; send to this number through another vendor account.</source>
        <translation>{number} is not a Thai number. SepSMS only delivers to Thai mobile networks; send to this number through another vendor account.</translation>
    </message>
    <message>
        <source>No SepSMS API key is set. Enter the key (sk_sep_...) in the account settings.</source>
        <translation>No SepSMS API key is set. Enter the key (sk_sep_...) in the account settings.</translation>
    </message>
    <message>
        <source>The SepSMS server address did not answer as expected (not found). Check the server address in the account settings, or leave it empty to use the default.</source>
        <translation>The SepSMS server address did not answer as expected (not found). Check the server address in the account settings, or leave it empty to use the default.</translation>
    </message>
    <message>
        <source>SepSMS refused the request with an unexpected answer. Nothing was sent; contact SepSMS support with the code shown.</source>
        <translation>SepSMS refused the request with an unexpected answer. Nothing was sent; contact SepSMS support with the code shown.</translation>
    </message>
    <message>
        <source>SepSMS answered without the expected details, so it is not known whether the message was accepted. It will not be resent automatically; check the SepSMS dashboard before sending again.</source>
        <translation>SepSMS answered without the expected details, so it is not known whether the message was accepted. It will not be resent automatically; check the SepSMS dashboard before sending again.</translation>
    </message>
    <message>
        <source>The scheduled time has passed or is less than 1 minute away. SepSMS would send at once; choose a time at least 1 minute from now.</source>
        <translation>The scheduled time has passed or is less than 1 minute away. SepSMS would send at once; choose a time at least 1 minute from now.</translation>
    </message>
    <message>
        <source>SepSMS blocked this number (for example it opted out of messages).</source>
        <translation>SepSMS blocked this number (for example it opted out of messages).</translation>
    </message>
    <message>
        <source>SepSMS refused the send with a code this version of SMS Desk does not know ({code}: {text}). The send is paused so every batch is not refused the same way. Check the account in the SepSMS dashboard (sender name approval, API key, account status), then resume the send.</source>
        <translation>SepSMS refused the send with a code this version of SMS Desk does not know ({code}: {text}). The send is paused so every batch is not refused the same way. Check the account in the SepSMS dashboard (sender name approval, API key, account status), then resume the send.</translation>
    </message>
    <message>
        <source>SepSMS answered the status query in an unexpected form. Try again later.</source>
        <translation>SepSMS answered the status query in an unexpected form. Try again later.</translation>
    </message>
    <message>
        <source>SepSMS answered the balance query in an unexpected form. Try again later.</source>
        <translation>SepSMS answered the balance query in an unexpected form. Try again later.</translation>
    </message>
    <message>
        <source>The OTP message must contain {{code}} where SepSMS puts the code (and may contain {{ref}} for the reference).</source>
        <translation>The OTP message must contain {{code}} where SepSMS puts the code (and may contain {{ref}} for the reference).</translation>
    </message>
    <message>
        <source>The OTP validity must be between {low} and {high} seconds.</source>
        <translation>The OTP validity must be between {low} and {high} seconds.</translation>
    </message>
    <message>
        <source>The OTP code length must be between {low} and {high} digits.</source>
        <translation>The OTP code length must be between {low} and {high} digits.</translation>
    </message>
    <message>
        <source>The code is not correct. Check it and try again.</source>
        <translation>The code is not correct. Check it and try again.</translation>
    </message>
    <message>
        <source>TwSMS has no delivery report for this message yet. Check again later.</source>
        <translation>TwSMS has no delivery report for this message yet. Check again later.</translation>
    </message>
    <message>
        <source>TwSMS says the username or password is not in a valid form. Re-enter both in the account settings exactly as you use them to sign in at www.twsms.com.</source>
        <translation>TwSMS says the username or password is not in a valid form. Re-enter both in the account settings exactly as you use them to sign in at www.twsms.com.</translation>
    </message>
    <message>
        <source>TwSMS does not know this username. Check the username in the account settings: it is the one you sign in to www.twsms.com with.</source>
        <translation>TwSMS does not know this username. Check the username in the account settings: it is the one you sign in to www.twsms.com with.</translation>
    </message>
    <message>
        <source>TwSMS refused the password. Re-enter the password in the account settings; if it was changed on www.twsms.com, use the new one.</source>
        <translation>TwSMS refused the password. Re-enter the password in the account settings; if it was changed on www.twsms.com, use the new one.</translation>
    </message>
    <message>
        <source>The TwSMS account does not have enough points for this message. Buy more points at www.twsms.com, then send the remaining messages.</source>
        <translation>The TwSMS account does not have enough points for this message. Buy more points at www.twsms.com, then send the remaining messages.</translation>
    </message>
    <message>
        <source>TwSMS refused this computer&apos;s internet address. Sign in at www.twsms.com, open Account settings (帳號設定) → API settings (API 設定) and add the office&apos;s public IP address to the allowed IPs, then try again. &quot;Test connection&quot; shows the address TwSMS sees.</source>
        <translation>TwSMS refused this computer&apos;s internet address. Sign in at www.twsms.com, open Account settings (帳號設定) → API settings (API 設定) and add the office&apos;s public IP address to the allowed IPs, then try again. &quot;Test connection&quot; shows the address TwSMS sees.</translation>
    </message>
    <message>
        <source>This TwSMS account may not send to numbers outside Taiwan. Ask TwSMS to allow international numbers, or remove the foreign numbers from the list.</source>
        <translation>This TwSMS account may not send to numbers outside Taiwan. Ask TwSMS to allow international numbers, or remove the foreign numbers from the list.</translation>
    </message>
    <message>
        <source>This TwSMS account has been disabled. Contact TwSMS customer service to reactivate it.</source>
        <translation>This TwSMS account has been disabled. Contact TwSMS customer service to reactivate it.</translation>
    </message>
    <message>
        <source>The API is not enabled for this TwSMS account. Sign in at www.twsms.com, open Account settings (帳號設定) → API settings (API 設定), enable the API, then try again.</source>
        <translation>The API is not enabled for this TwSMS account. Sign in at www.twsms.com, open Account settings (帳號設定) → API settings (API 設定), enable the API, then try again.</translation>
    </message>
    <message>
        <source>TwSMS did not accept the scheduled time. Pick the date and time again; if this keeps happening, contact SMS Desk support.</source>
        <translation>TwSMS did not accept the scheduled time. Pick the date and time again; if this keeps happening, contact SMS Desk support.</translation>
    </message>
    <message>
        <source>TwSMS did not accept the message validity period. In the account settings, set it to a whole number of seconds from 300 to 28800.</source>
        <translation>TwSMS did not accept the message validity period. In the account settings, set it to a whole number of seconds from 300 to 28800.</translation>
    </message>
    <message>
        <source>TwSMS says the phone number is not valid. Taiwan mobiles start with 09 and have 10 digits; foreign numbers need their country code. Correct the number in the list.</source>
        <translation>TwSMS says the phone number is not valid. Taiwan mobiles start with 09 and have 10 digits; foreign numbers need their country code. Correct the number in the list.</translation>
    </message>
    <message>
        <source>The message is empty. Type the message text and send again.</source>
        <translation>The message is empty. Type the message text and send again.</translation>
    </message>
    <message>
        <source>TwSMS cannot send long messages to numbers outside Taiwan. Shorten the message to 70 characters (160 if it uses only English letters, digits and basic symbols), or send to the foreign numbers separately with a shorter text.</source>
        <translation>TwSMS cannot send long messages to numbers outside Taiwan. Shorten the message to 70 characters (160 if it uses only English letters, digits and basic symbols), or send to the foreign numbers separately with a shorter text.</translation>
    </message>
    <message>
        <source>The message is longer than TwSMS allows: 335 characters (765 if it uses only English letters, digits and basic symbols), or 70 (160) when long messages are turned off in the account settings. Shorten it and send again.</source>
        <translation>The message is longer than TwSMS allows: 335 characters (765 if it uses only English letters, digits and basic symbols), or 70 (160) when long messages are turned off in the account settings. Shorten it and send again.</translation>
    </message>
    <message>
        <source>TwSMS did not accept the delivery report address (drurl) in the account settings. Enter a complete address starting with http:// or https://, or clear it.</source>
        <translation>TwSMS did not accept the delivery report address (drurl) in the account settings. Enter a complete address starting with http:// or https://, or clear it.</translation>
    </message>
    <message>
        <source>SMS-Get said a value in the request was missing or wrong (parameter error). Check the phone numbers and the message; if this keeps happening, contact SMS Desk support.</source>
        <translation>SMS-Get said a value in the request was missing or wrong (parameter error). Check the phone numbers and the message; if this keeps happening, contact SMS Desk support.</translation>
    </message>
    <message>
        <source>SMS-Get did not accept the scheduled date or time. Pick the date and time again.</source>
        <translation>SMS-Get did not accept the scheduled date or time. Pick the date and time again.</translation>
    </message>
    <message>
        <source>The scheduled time has already passed. Pick a time in the future and send again.</source>
        <translation>The scheduled time has already passed. Pick a time in the future and send again.</translation>
    </message>
    <message>
        <source>The message is too long for SMS-Get. Shorten it and send again.</source>
        <translation>The message is too long for SMS-Get. Shorten it and send again.</translation>
    </message>
    <message>
        <source>SMS-Get refused the username or password. Re-enter them in the account settings exactly as you use them to sign in at sms-get.com.</source>
        <translation>SMS-Get refused the username or password. Re-enter them in the account settings exactly as you use them to sign in at sms-get.com.</translation>
    </message>
    <message>
        <source>SMS-Get refused this computer&apos;s internet address. Sign in at sms-get.com, open the API settings page and allow the office&apos;s public IP address, then try again.</source>
        <translation>SMS-Get refused this computer&apos;s internet address. Sign in at sms-get.com, open the API settings page and allow the office&apos;s public IP address, then try again.</translation>
    </message>
    <message>
        <source>SMS-Get received no recipients. Add at least one phone number and send again.</source>
        <translation>SMS-Get received no recipients. Add at least one phone number and send again.</translation>
    </message>
    <message>
        <source>SMS-Get takes at most 250 recipients per request. Send again; if this keeps happening, contact SMS Desk support.</source>
        <translation>SMS-Get takes at most 250 recipients per request. Send again; if this keeps happening, contact SMS Desk support.</translation>
    </message>
    <message>
        <source>The SMS-Get account does not have enough points. Buy more points at sms-get.com, then send the remaining messages.</source>
        <translation>The SMS-Get account does not have enough points. Buy more points at sms-get.com, then send the remaining messages.</translation>
    </message>
    <message>
        <source>Two-way messaging is not enabled for this SMS-Get account. Apply for it with SMS-Get, or turn off two-way sending in the account settings.</source>
        <translation>Two-way messaging is not enabled for this SMS-Get account. Apply for it with SMS-Get, or turn off two-way sending in the account settings.</translation>
    </message>
    <message>
        <source>TwSMS could not reach the delivery report address (drurl) in the account settings; it must answer with HTTP 200. Check that the receiving service is running and reachable from the internet, or turn off the address check in the account settings.</source>
        <translation>TwSMS could not reach the delivery report address (drurl) in the account settings; it must answer with HTTP 200. Check that the receiving service is running and reachable from the internet, or turn off the address check in the account settings.</translation>
    </message>
    <message>
        <source>The message contains emoji or picture characters, which TwSMS does not accept. Remove them and send again.</source>
        <translation>The message contains emoji or picture characters, which TwSMS does not accept. Remove them and send again.</translation>
    </message>
    <message>
        <source>TwSMS could not find this message for this phone number. Its records may have expired; check the message on www.twsms.com.</source>
        <translation>TwSMS could not find this message for this phone number. Its records may have expired; check the message on www.twsms.com.</translation>
    </message>
    <message>
        <source>This scheduled message has not been sent yet, so it has no delivery status. Check again after the scheduled time.</source>
        <translation>This scheduled message has not been sent yet, so it has no delivery status. Check again after the scheduled time.</translation>
    </message>
    <message>
        <source>TwSMS does not know the two-way code (snumber) in the account settings. Copy the 5-digit code from www.twsms.com, or clear it if the account has no two-way number.</source>
        <translation>TwSMS does not know the two-way code (snumber) in the account settings. Copy the 5-digit code from www.twsms.com, or clear it if the account has no two-way number.</translation>
    </message>
    <message>
        <source>TwSMS has no replies for the requested day.</source>
        <translation>TwSMS has no replies for the requested day.</translation>
    </message>
    <message>
        <source>TwSMS did not understand the status query (phone number or message ID). If this keeps happening, contact SMS Desk support.</source>
        <translation>TwSMS did not understand the status query (phone number or message ID). If this keeps happening, contact SMS Desk support.</translation>
    </message>
    <message>
        <source>TwSMS did not understand the reply query. Check that the two-way code (snumber) in the account settings is the 5-digit code shown on www.twsms.com.</source>
        <translation>TwSMS did not understand the reply query. Check that the two-way code (snumber) in the account settings is the 5-digit code shown on www.twsms.com.</translation>
    </message>
    <message>
        <source>TwSMS had a data processing problem and did not accept the request, even after sending it again. Nothing was sent; try again in a few minutes.</source>
        <translation>TwSMS had a data processing problem and did not accept the request, even after sending it again. Nothing was sent; try again in a few minutes.</translation>
    </message>
    <message>
        <source>TwSMS reported a system error and did not accept the request. Try again later; if this keeps happening, contact TwSMS customer service.</source>
        <translation>TwSMS reported a system error and did not accept the request. Try again later; if this keeps happening, contact TwSMS customer service.</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the request signature: the App Key does not belong to this SDK AppID. Copy the SDK AppID and App Key again from the SMS console (Application Management &gt; Basic Info).</source>
        <translation>Tencent Cloud rejected the request signature: the App Key does not belong to this SDK AppID. Copy the SDK AppID and App Key again from the SMS console (Application Management &gt; Basic Info).</translation>
    </message>
    <message>
        <source>Tencent Cloud found a forbidden word in the message. Change the wording of the template values and send again.</source>
        <translation>Tencent Cloud found a forbidden word in the message. Change the wording of the template values and send again.</translation>
    </message>
    <message>
        <source>The request carried no signature because the App Key is empty. Enter the App Key in the account settings.</source>
        <translation>The request carried no signature because the App Key is empty. Enter the App Key in the account settings.</translation>
    </message>
    <message>
        <source>Tencent Cloud could not read the request ({text}). Check the template ID and values; if it persists, report it to SMS Desk support.</source>
        <translation>Tencent Cloud could not read the request ({text}). Check the template ID and values; if it persists, report it to SMS Desk support.</translation>
    </message>
    <message>
        <source>This SDK AppID is not allowed to use this function. Pulling delivery reports and replies must be enabled by Tencent Cloud&apos;s SMS Helper; ask them to enable it.</source>
        <translation>This SDK AppID is not allowed to use this function. Pulling delivery reports and replies must be enabled by Tencent Cloud&apos;s SMS Helper; ask them to enable it.</translation>
    </message>
    <message>
        <source>Tencent Cloud reported an error ({text}). Try again later; if it persists, contact Tencent Cloud&apos;s SMS Helper with the failed phone number.</source>
        <translation>Tencent Cloud reported an error ({text}). Try again later; if it persists, contact Tencent Cloud&apos;s SMS Helper with the failed phone number.</translation>
    </message>
    <message>
        <source>Tencent Cloud timed out while handling the request. Try again in a few minutes.</source>
        <translation>Tencent Cloud timed out while handling the request. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>This computer&apos;s public IP address is not in the SDK AppID&apos;s IP allow-list. Add the office&apos;s public IP in the SMS console&apos;s application settings, or turn the allow-list off.</source>
        <translation>This computer&apos;s public IP address is not in the SDK AppID&apos;s IP allow-list. Add the office&apos;s public IP in the SMS console&apos;s application settings, or turn the allow-list off.</translation>
    </message>
    <message>
        <source>The server does not offer this Tencent Cloud SMS function. Check the server address in the account settings (normally leave it empty).</source>
        <translation>The server does not offer this Tencent Cloud SMS function. Check the server address in the account settings (normally leave it empty).</translation>
    </message>
    <message>
        <source>The SMS signature is not approved or has a wrong format. Use an approved signature (2 to 12 letters, digits or Chinese characters, without brackets) in the account settings, or leave it empty for the default signature.</source>
        <translation>The SMS signature is not approved or has a wrong format. Use an approved signature (2 to 12 letters, digits or Chinese characters, without brackets) in the account settings, or leave it empty for the default signature.</translation>
    </message>
    <message>
        <source>Tencent Cloud&apos;s sending-frequency rules stopped this message. Wait before sending to this number again, or relax the frequency rules in the SMS console.</source>
        <translation>Tencent Cloud&apos;s sending-frequency rules stopped this message. Wait before sending to this number again, or relax the frequency rules in the SMS console.</translation>
    </message>
    <message>
        <source>The template is not approved, or the values do not match the approved template. Check in the SMS console that the template ID is approved and give exactly one value per placeholder.</source>
        <translation>The template is not approved, or the values do not match the approved template. Check in the SMS console that the template ID is approved and give exactly one value per placeholder.</translation>
    </message>
    <message>
        <source>This number is on Tencent Cloud&apos;s block list (the person unsubscribed or the carrier blocks it). Remove it from the list; Tencent Cloud&apos;s SMS Helper can explain details.</source>
        <translation>This number is on Tencent Cloud&apos;s block list (the person unsubscribed or the carrier blocks it). Remove it from the list; Tencent Cloud&apos;s SMS Helper can explain details.</translation>
    </message>
    <message>
        <source>Tencent Cloud says this phone number has a wrong format. Correct the number in the list.</source>
        <translation>Tencent Cloud says this phone number has a wrong format. Correct the number in the list.</translation>
    </message>
    <message>
        <source>The message is too long for Tencent Cloud (at most 450 characters including the signature). Shorten the template values.</source>
        <translation>The message is too long for Tencent Cloud (at most 450 characters including the signature). Shorten the template values.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the voice verification code format. Use digits only.</source>
        <translation>Tencent Cloud refused the voice verification code format. Use digits only.</translation>
    </message>
    <message>
        <source>Tencent Cloud does not know this SDK AppID. Copy it again from the SMS console (Application Management &gt; Application List).</source>
        <translation>Tencent Cloud does not know this SDK AppID. Copy it again from the SMS console (Application Management &gt; Application List).</translation>
    </message>
    <message>
        <source>This SDK AppID is disabled at Tencent Cloud. Enable the application in the SMS console or use another one.</source>
        <translation>This SDK AppID is disabled at Tencent Cloud. Enable the application in the SMS console or use another one.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request because this computer&apos;s clock differs from the correct time by more than 10 minutes. Set the date, time and time zone correctly (turn on automatic time) and try again.</source>
        <translation>Tencent Cloud refused the request because this computer&apos;s clock differs from the correct time by more than 10 minutes. Set the date, time and time zone correctly (turn on automatic time) and try again.</translation>
    </message>
    <message>
        <source>The application&apos;s daily sending limit is reached. Send the rest tomorrow or raise the daily limit in the SMS console.</source>
        <translation>The application&apos;s daily sending limit is reached. Send the rest tomorrow or raise the daily limit in the SMS console.</translation>
    </message>
    <message>
        <source>Too many messages to this number within 30 seconds. Wait a little before sending to it again, or change the limit in the SMS console.</source>
        <translation>Too many messages to this number within 30 seconds. Wait a little before sending to it again, or change the limit in the SMS console.</translation>
    </message>
    <message>
        <source>Too many messages to this number within one hour. Send to it later, or change the limit in the SMS console.</source>
        <translation>Too many messages to this number within one hour. Send to it later, or change the limit in the SMS console.</translation>
    </message>
    <message>
        <source>Too many messages to this number today. Send to it tomorrow, or change the limit in the SMS console.</source>
        <translation>Too many messages to this number today. Send to it tomorrow, or change the limit in the SMS console.</translation>
    </message>
    <message>
        <source>The same message was already sent to this number too many times today. Do not resend it; change the limit in the SMS console if needed.</source>
        <translation>The same message was already sent to this number too many times today. Do not resend it; change the limit in the SMS console if needed.</translation>
    </message>
    <message>
        <source>Marketing messages may only be sent during the day (China time). Send it again during allowed hours.</source>
        <translation>Marketing messages may only be sent during the day (China time). Send it again during allowed hours.</translation>
    </message>
    <message>
        <source>Tencent Cloud does not support this request (for example a voice template sent as SMS). Choose an SMS template.</source>
        <translation>Tencent Cloud does not support this request (for example a voice template sent as SMS). Choose an SMS template.</translation>
    </message>
    <message>
        <source>The SMS package is used up. Buy more messages in the Tencent Cloud SMS console, then send again.</source>
        <translation>The SMS package is used up. Buy more messages in the Tencent Cloud SMS console, then send again.</translation>
    </message>
    <message>
        <source>Personal Tencent Cloud accounts may not send marketing messages. Use a notification template, or verify the account as a business.</source>
        <translation>Personal Tencent Cloud accounts may not send marketing messages. Use a notification template, or verify the account as a business.</translation>
    </message>
    <message>
        <source>Tencent Cloud stopped the service because the account is in arrears. Pay the outstanding amount in the Tencent Cloud console.</source>
        <translation>Tencent Cloud stopped the service because the account is in arrears. Pay the outstanding amount in the Tencent Cloud console.</translation>
    </message>
    <message>
        <source>A bulk request mixed mainland China and international numbers. Send them separately.</source>
        <translation>A bulk request mixed mainland China and international numbers. Send them separately.</translation>
    </message>
    <message>
        <source>A template value is longer than Tencent Cloud allows (12 characters). Shorten the values.</source>
        <translation>A template value is longer than Tencent Cloud allows (12 characters). Shorten the values.</translation>
    </message>
    <message>
        <source>Tencent Cloud does not send SMS to this country or region with this function. Remove the number or use another vendor for it.</source>
        <translation>Tencent Cloud does not send SMS to this country or region with this function. Remove the number or use another vendor for it.</translation>
    </message>
    <message>
        <source>More than 200 numbers were sent in one bulk request. Send smaller groups.</source>
        <translation>More than 200 numbers were sent in one bulk request. Send smaller groups.</translation>
    </message>
    <message>
        <source>The daily limit for international messages is reached. Send the rest tomorrow or ask Tencent Cloud to raise it.</source>
        <translation>The daily limit for international messages is reached. Send the rest tomorrow or ask Tencent Cloud to raise it.</translation>
    </message>
    <message>
        <source>Tencent Cloud timed out while processing the request. Try again in a few minutes.</source>
        <translation>Tencent Cloud timed out while processing the request. Try again in a few minutes.</translation>
    </message>
</context>
<context>
    <name>VendorHelp</name>
    <message>
        <source>EngageLab sends only message templates approved in the EngageLab SMS console. Before sending, create and get approval for your templates there, then copy the Dev Key and Dev Secret from the API key settings. Scheduled sends must be 3 minutes to 30 days ahead. EngageLab offers no balance or delivery-status query through this API.</source>
        <translation>EngageLab sends only message templates approved in the EngageLab SMS console. Before sending, create and get approval for your templates there, then copy the Dev Key and Dev Secret from the API key settings. Scheduled sends must be 3 minutes to 30 days ahead. EngageLab offers no balance or delivery-status query through this API.</translation>
    </message>
    <message>
        <source>The Sandbox is a practice account built into SMS Desk. Nothing is really sent and nothing is charged: it accepts messages, reports them delivered a few seconds later (numbers ending in 000 fail, 444 expire) and numbers ending in 7 reply.</source>
        <translation>The Sandbox is a practice account built into SMS Desk. Nothing is really sent and nothing is charged: it accepts messages, reports them delivered a few seconds later (numbers ending in 000 fail, 444 expire) and numbers ending in 7 reply.</translation>
    </message>
    <message>
        <source>SepSMS sends to Thai mobile networks only. Sign in to the SepSMS developer dashboard, create an API key (sk_sep_...) with the scopes you need, and copy it at once: it is shown only once. Each key can be limited to IP addresses and has its own per-minute limits (120 sends per minute). Use a sender name SepSMS has approved.</source>
        <translation>SepSMS sends to Thai mobile networks only. Sign in to the SepSMS developer dashboard, create an API key (sk_sep_...) with the scopes you need, and copy it at once: it is shown only once. Each key can be limited to IP addresses and has its own per-minute limits (120 sends per minute). Use a sender name SepSMS has approved.</translation>
    </message>
    <message>
        <source>Tencent Cloud SMS (API v5) sends only templates approved in its console; SMS Desk fills in the template values. Bulk sending is for mainland China numbers; other numbers are sent one by one. Delivery reports and replies can be pulled once Tencent Cloud&apos;s SMS Helper enables it, or pushed to a callback address set in the console. Requests carry the time: this computer&apos;s clock must be within 10 minutes of the correct time. If the application has an IP allow-list, add the office&apos;s public IP.</source>
        <translation>Tencent Cloud SMS (API v5) sends only templates approved in its console; SMS Desk fills in the template values. Bulk sending is for mainland China numbers; other numbers are sent one by one. Delivery reports and replies can be pulled once Tencent Cloud&apos;s SMS Helper enables it, or pushed to a callback address set in the console. Requests carry the time: this computer&apos;s clock must be within 10 minutes of the correct time. If the application has an IP allow-list, add the office&apos;s public IP.</translation>
    </message>
    <message>
        <source>Sign in at www.twsms.com. Under Account settings (帳號設定) → API settings (API 設定) enable the API and, if you use an IP allow-list, add this office&apos;s public IP address (Test connection shows it). A Taiwan mobile costs 1 point per message (long messages: 1 point per 67 characters, 153 in English letters only); a foreign number costs 5 points and cannot get long messages. Emoji are not accepted.</source>
        <translation>Sign in at www.twsms.com. Under Account settings (帳號設定) → API settings (API 設定) enable the API and, if you use an IP allow-list, add this office&apos;s public IP address (Test connection shows it). A Taiwan mobile costs 1 point per message (long messages: 1 point per 67 characters, 153 in English letters only); a foreign number costs 5 points and cannot get long messages. Emoji are not accepted.</translation>
    </message>
    <message>
        <source>Use your sms-get.com username and password. For delivery reports and replies, set the CallBack URLs on SMS-Get&apos;s API settings page (reports arrive about 24 hours after sending). Per message part: Taiwan 1 point, mainland China 4, other countries 2; two-way messages (Taiwan only) 1. A part holds 70 characters (160 in English letters only); longer messages are split into parts of 67 (153).</source>
        <translation>Use your sms-get.com username and password. For delivery reports and replies, set the CallBack URLs on SMS-Get&apos;s API settings page (reports arrive about 24 hours after sending). Per message part: Taiwan 1 point, mainland China 4, other countries 2; two-way messages (Taiwan only) 1. A part holds 70 characters (160 in English letters only); longer messages are split into parts of 67 (153).</translation>
    </message>
    <message>
        <source>The driver for this vendor is not installed or could not be loaded, so this account cannot send or be checked. Reinstall the package that provides it, then restart SMS Desk.</source>
        <translation>The driver for this vendor is not installed or could not be loaded, so this account cannot send or be checked. Reinstall the package that provides it, then restart SMS Desk.</translation>
    </message>
</context>
<context>
    <name>VendorTools</name>
    <message>
        <source>The request stopped with an unexpected problem ({kind}). Try again; if it keeps happening, send the log file to support.</source>
        <translation>The request stopped with an unexpected problem ({kind}). Try again; if it keeps happening, send the log file to support.</translation>
    </message>
</context>
<context>
    <name>VendorToolsDialog</name>
    <message>
        <source>Vendor tools — {name}</source>
        <translation>Vendor tools — {name}</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>OTP test</source>
        <translation>OTP test</translation>
    </message>
    <message>
        <source>{vendor} offers no extra tools.</source>
        <translation>{vendor} offers no extra tools.</translation>
    </message>
</context>
<context>
    <name>Webhooks</name>
    <message>
        <source>No SepSMS webhook secret is set, so notifications cannot be checked. Copy the signing secret from the SepSMS developer dashboard into the account settings.</source>
        <translation>No SepSMS webhook secret is set, so notifications cannot be checked. Copy the signing secret from the SepSMS developer dashboard into the account settings.</translation>
    </message>
    <message>
        <source>The notification has no X-Webhook-Signature header and was ignored.</source>
        <translation>The notification has no X-Webhook-Signature header and was ignored.</translation>
    </message>
    <message>
        <source>The notification&apos;s timestamp headers disagree; it was ignored.</source>
        <translation>The notification&apos;s timestamp headers disagree; it was ignored.</translation>
    </message>
    <message>
        <source>The notification is too old or dated in the future (more than {seconds} seconds from this computer&apos;s clock) and was ignored. Check the computer&apos;s date and time.</source>
        <translation>The notification is too old or dated in the future (more than {seconds} seconds from this computer&apos;s clock) and was ignored. Check the computer&apos;s date and time.</translation>
    </message>
    <message>
        <source>The notification&apos;s signature does not match the webhook secret, so it was ignored. Check that the secret in the account settings is the one shown in the SepSMS developer dashboard.</source>
        <translation>The notification&apos;s signature does not match the webhook secret, so it was ignored. Check that the secret in the account settings is the one shown in the SepSMS developer dashboard.</translation>
    </message>
    <message>
        <source>The notification&apos;s X-Webhook-Signature header is not readable; it was ignored.</source>
        <translation>The notification&apos;s X-Webhook-Signature header is not readable; it was ignored.</translation>
    </message>
    <message>
        <source>SepSMS credit is running low: {amount} credits left. Top up in the SepSMS dashboard to keep sending.</source>
        <translation>SepSMS credit is running low: {amount} credits left. Top up in the SepSMS dashboard to keep sending.</translation>
    </message>
    <message>
        <source>A SepSMS credit purchase was completed.</source>
        <translation>A SepSMS credit purchase was completed.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SMS Desk</source>
        <translation>Welcome to SMS Desk</translation>
    </message>
    <message>
        <source>Send, schedule and track SMS to your customers.

Start with the Sandbox: a free practice account built in. It behaves like a real vendor (deliveries, failures, replies, a balance) but nothing leaves your computer and nothing is charged.

When you are ready, add your real account (TwSMS, SMS-Get, SepSMS, EngageLab or Tencent Cloud SMS) under Tools → Accounts. Your password is kept in the system keychain.</source>
        <translation>Send, schedule and track SMS to your customers.

Start with the Sandbox: a free practice account built in. It behaves like a real vendor (deliveries, failures, replies, a balance) but nothing leaves your computer and nothing is charged.

When you are ready, add your real account (TwSMS, SMS-Get, SepSMS, EngageLab or Tencent Cloud SMS) under Tools → Accounts. Your password is kept in the system keychain.</translation>
    </message>
    <message>
        <source>Show this guide next time</source>
        <translation>Show this guide next time</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>Try the Sandbox</translation>
    </message>
    <message>
        <source>Add a real account…</source>
        <translation>Add a real account…</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>{n} seconds</source>
        <translation>{n} seconds</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>{vendor} schedules at most {days} days ahead. Nothing was sent. Choose {latest} or earlier.</source>
        <translation>{vendor} schedules at most {days} days ahead. Nothing was sent. Choose {latest} or earlier.</translation>
    </message>
    <message>
        <source>{vendor} needs the scheduled time at least {ahead} after the request reaches it, so {when} is too soon. Nothing was sent. Choose {earliest} or later.</source>
        <translation>{vendor} needs the scheduled time at least {ahead} after the request reaches it, so {when} is too soon. Nothing was sent. Choose {earliest} or later.</translation>
    </message>
    <message>
        <source>This job takes {requests} requests; at {rate} per second the last one leaves about {lead} after the first, and {vendor} needs each one at least {ahead} before the scheduled time. Part of the job could miss {when}, so nothing was sent. Choose {earliest} or later.</source>
        <translation>This job takes {requests} requests; at {rate} per second the last one leaves about {lead} after the first, and {vendor} needs each one at least {ahead} before the scheduled time. Part of the job could miss {when}, so nothing was sent. Choose {earliest} or later.</translation>
    </message>
    <message>
        <source>{vendor} holds {scheduled} recipients of job {job} for {when}, but the other {rest} can no longer be scheduled for that time. Send the rest now, or cancel the rest.</source>
        <translation>{vendor} holds {scheduled} recipients of job {job} for {when}, but the other {rest} can no longer be scheduled for that time. Send the rest now, or cancel the rest.</translation>
    </message>
    <message>
        <source>The {rest} recipients of job {job} can no longer be scheduled for {when} at {vendor}: that time is too close now. Send them now, or cancel the job.</source>
        <translation>The {rest} recipients of job {job} can no longer be scheduled for {when} at {vendor}: that time is too close now. Send them now, or cancel the job.</translation>
    </message>
    <message>
        <source>{vendor} cannot cancel scheduled messages through its API: cancel those on its website.</source>
        <translation>{vendor} cannot cancel scheduled messages through its API: cancel those on its website.</translation>
    </message>
    <message>
        <source>To send the rest now: “smsdesk-cli resume {job} --send-now”. To cancel the rest (and what the vendor holds for later, where it allows): “smsdesk-cli cancel {job}”.</source>
        <translation>To send the rest now: “smsdesk-cli resume {job} --send-now”. To cancel the rest (and what the vendor holds for later, where it allows): “smsdesk-cli cancel {job}”.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>A shared workspace address looks like postgresql://user@server/database, not “{url}”.</source>
        <translation>A shared workspace address looks like postgresql://user@server/database, not “{url}”.</translation>
    </message>
    <message>
        <source>The shared workspace address needs a user and a database: postgresql://user@server/database.</source>
        <translation>The shared workspace address needs a user and a database: postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL {version}, which is too old: a shared workspace needs PostgreSQL 12 or newer. Upgrade the server, or use another one.</source>
        <translation>The server runs PostgreSQL {version}, which is too old: a shared workspace needs PostgreSQL 12 or newer. Upgrade the server, or use another one.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version} on {host} as {user}: this server can hold the shared workspace.</source>
        <translation>Connected to PostgreSQL {version} on {host} as {user}: this server can hold the shared workspace.</translation>
    </message>
    <message>
        <source>The server refused the password for the user {user}. Check the user name and the password (they are case-sensitive) and try again.</source>
        <translation>The server refused the password for the user {user}. Check the user name and the password (they are case-sensitive) and try again.</translation>
    </message>
    <message>
        <source>The server does not let {user} connect from this computer. Add a line for this computer&apos;s network to the server&apos;s pg_hba.conf (with scram-sha-256), reload the server and try again.</source>
        <translation>The server does not let {user} connect from this computer. Add a line for this computer&apos;s network to the server&apos;s pg_hba.conf (with scram-sha-256), reload the server and try again.</translation>
    </message>
    <message>
        <source>The server {host} did not accept the connection: {error}</source>
        <translation>The server {host} did not accept the connection: {error}</translation>
    </message>
    <message>
        <source>The server has no database named {database}. Check the name, or create it on the server (createdb -O {user} {database}) and try again.</source>
        <translation>The server has no database named {database}. Check the name, or create it on the server (createdb -O {user} {database}) and try again.</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached on port {port} ({error}). Check the server&apos;s name and port, that PostgreSQL runs there and listens on the network (listen_addresses), and that no firewall blocks port {port}.</source>
        <translation>The server {host} cannot be reached on port {port} ({error}). Check the server&apos;s name and port, that PostgreSQL runs there and listens on the network (listen_addresses), and that no firewall blocks port {port}.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Shared workspace</source>
        <translation>Shared workspace</translation>
    </message>
    <message>
        <source>Several desks (computers) can share one history, one inbox and one opt-out list by keeping them in a PostgreSQL database on the shop&apos;s NAS, a PC or a hosted server. Each desk keeps its own window settings, passwords and Sandbox.</source>
        <translation>Several desks (computers) can share one history, one inbox and one opt-out list by keeping them in a PostgreSQL database on the shop&apos;s NAS, a PC or a hosted server. Each desk keeps its own window settings, passwords and Sandbox.</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>saved in the keychain</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Kept in this computer&apos;s keychain, never in a file.</translation>
    </message>
    <message>
        <source>Des&amp;k name:</source>
        <translation>Des&amp;k name:</translation>
    </message>
    <message>
        <source>Shown beside the jobs this desk sends and the replies it handles, so everyone sees who did what.</source>
        <translation>Shown beside the jobs this desk sends and the replies it handles, so everyone sees who did what.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Move my data to the shared workspace…</source>
        <translation>&amp;Move my data to the shared workspace…</translation>
    </message>
    <message>
        <source>Copy this desk&apos;s lists, contacts, opt-outs, accounts (without passwords) and history into the shared workspace, once</source>
        <translation>Copy this desk&apos;s lists, contacts, opt-outs, accounts (without passwords) and history into the shared workspace, once</translation>
    </message>
    <message>
        <source>Copying progress</source>
        <translation>Copying progress</translation>
    </message>
    <message>
        <source>Stop c&amp;opying</source>
        <translation>Stop c&amp;opying</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>the server</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>the user</translation>
    </message>
    <message>
        <source>Enter {fields}.</source>
        <translation>Enter {fields}.</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Connecting to {host}…</translation>
    </message>
    <message>
        <source>The shared workspace {url} is used from the next start of SMS Desk.</source>
        <translation>The shared workspace {url} is used from the next start of SMS Desk.</translation>
    </message>
    <message>
        <source>Move my data to the shared workspace</source>
        <translation>Move my data to the shared workspace</translation>
    </message>
    <message>
        <source>Copy this desk&apos;s lists, contacts, opt-out list, accounts (without passwords) and history into {url}? Lists and accounts with the same name as one already there are merged. Afterwards this desk works in the shared workspace and its own data file is kept, read-only, as a backup.</source>
        <translation>Copy this desk&apos;s lists, contacts, opt-out list, accounts (without passwords) and history into {url}? Lists and accounts with the same name as one already there are merged. Afterwards this desk works in the shared workspace and its own data file is kept, read-only, as a backup.</translation>
    </message>
    <message>
        <source>Copy my data</source>
        <translation>Copy my data</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Checking the server…</translation>
    </message>
    <message>
        <source>Copying {what}: {done} of {total}</source>
        <translation>Copying {what}: {done} of {total}</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Stopping after the current batch…</translation>
    </message>
    <message>
        <source>Restart SMS Desk to work in the shared workspace.</source>
        <translation>Restart SMS Desk to work in the shared workspace.</translation>
    </message>
    <message>
        <source>The move stopped: {error}. What was copied stays in the workspace; start the move again to copy the rest.</source>
        <translation>The move stopped: {error}. What was copied stays in the workspace; start the move again to copy the rest.</translation>
    </message>
</context>
</TS>
