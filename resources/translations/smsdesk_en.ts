<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountFields</name>
    <message>
        <source>Dev Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the EngageLab SMS console, open the API key settings and copy the Dev Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dev Secret shown next to the Dev Key. The key must be enabled and allowed to use the SMS send API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab only sends templates approved in its console. For each one, enter its ID, a name, and the text with its variables written {{name}}, so SMS Desk can show a preview and ask for every value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key in the SepSMS developer dashboard; it looks like sk_sep_... and is shown only once. Give it the scopes sms:send, sms:read and credit:read (otp:send and otp:verify for OTP). If the key is limited to IP addresses, add this office&apos;s public IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sender name (origin) exactly as SepSMS approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed to receive delivery notifications. Webhooks are registered in the SepSMS developer dashboard (not through the API); copy the endpoint&apos;s signing secret here. While changing secrets, enter the old and new one separated by a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDK AppID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number (such as 1400xxxxxx) of your SMS application: Tencent Cloud SMS console &gt; Application Management &gt; Application List.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown with the SDK AppID under Application Management &gt; Basic Info. SMS Desk keeps it in the system keychain and never sends it; requests carry only a signature made with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved signature without brackets, e.g. Tencent Cloud for [Tencent Cloud]. Leave empty to use the default signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only, and only if Tencent Cloud&apos;s SMS Helper enabled an extended code for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username you sign in to www.twsms.com with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your TwSMS password. The API must be enabled under Account settings (帳號設定) → API settings (API 設定); if an IP allow-list is set there, add this office&apos;s public IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-way code (snumber)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the 5-digit two-way code from TwSMS. Needed to receive replies; recipients then see the two-way number. Leave empty if you have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message validity (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long TwSMS keeps trying to deliver a message: 300 to 28800 seconds (8 hours, the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow long messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: messages over 70 characters (160 in English letters only) go as long SMS, up to 335 (765) characters, 1 point per 67 (153). Off: only standard messages are allowed. Long SMS never go to numbers outside Taiwan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery report address (drurl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional web address where TwSMS pushes delivery reports. Leave empty to have SMS Desk ask for the status instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the report address before each send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: TwSMS refuses to send when the delivery report address does not answer HTTP 200 (error 00170).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>That account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named “{name}”. Accounts: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown vendor “{vendor}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password or key of “{name}” is not saved on this computer ({fields}). Open Accounts and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{key}” is a secret; it is kept in the system keychain, not in settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{key}” must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vendor} needs: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https:// (or http:// for a local test server).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS Desk ran into an unexpected problem. Your data is safe; messages being sent are tracked and can be resumed. Details were written to the log in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Balances</name>
    <message>
        <source>Not offered by this vendor: {vendor} has no balance query.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalancesTab</name>
    <message>
        <source>Credit left on every account. Refresh asks all vendors at once; a slow or failing vendor does not hold up the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every vendor for its balance now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up the Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 500 free practice points to the Sandbox account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (practice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vendor has no balance query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeTab</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers, one per line (0912-345-678, +886 912 345 678 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your message. {name} inserts each customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop before the next request; nothing already sent is lost track of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the cost and confirm (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (practice: nothing is really sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account first (the Sandbox is free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chars} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} segment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} point(s) per recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {total} points for {n} recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These characters make the message cost double: {chars}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vendor} cannot schedule messages itself: SMS Desk will send at that time, so leave the app running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one to send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job {job}: {submitted} submitted, {scheduled} scheduled, {failed} failed, {unknown} unknown; {points:g} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The system keychain is locked, so the password cannot be saved. Unlock it and try again, or keep the password for this session only (you will be asked again next time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the password cannot be saved. You can keep it for this session only (you will be asked again next time). SMS Desk never writes passwords to a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>There is no job number {job}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error happened while sending; the outcome is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s answer did not mention this number, so its outcome is not known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorKind</name>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s address is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <source>The vendor&apos;s answer could not be read, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s answer could not be read. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the vendor could not be made. Check the computer&apos;s date and time and any proxy or antivirus that inspects HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s server could not be reached. Check the internet connection; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor asked us to slow down and did not accept the request. Nothing was sent; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s service is temporarily unavailable and did not accept the request. Nothing was sent; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s server failed while handling the request, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s server had a temporary failure. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the vendor failed. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>SMS Desk stopped while this message was being sent, so it is not known whether the vendor accepted it. It was not resent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SMS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SMS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SMS Desk&lt;/b&gt; {version}&lt;br&gt;Send, schedule and track SMS to your customers.&lt;br&gt;&lt;br&gt;Data folder: {home}&lt;br&gt;Password storage: {keyring}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A send is in progress. If you quit now it stops after the requests already under way, and you can resume it later. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>Valid mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is missing. Fill it in or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number (no digits found). Check that the right column is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet shortened this number to scientific notation (such as 9.12E+08), so digits are lost. Format the column as Text, retype the number, and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has too few digits. Check for a missing digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has too many digits. Check for extra digits or two numbers typed together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid phone number. Check the digits; for a number from another country add its country code (for example +852 for Hong Kong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of this number is unknown. Add the country code, for example +886 for Taiwan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a landline number; landlines cannot receive SMS. Use the customer&apos;s mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number cannot receive SMS (toll-free, premium-rate, VoIP, pager or call-forwarding number). Use the customer&apos;s mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>There is no contact list named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vendor} sends only approved templates: choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vendor} sends free text, not templates: write the message instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty. Write what you want to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in this send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number asked not to receive messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} recipients have an empty value for a placeholder; their message has a blank there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimated cost is more than the last known balance: the vendor may refuse part of the send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} is inside the quiet hours ({hours}). Choose {next} or later, or confirm that you want to send during quiet hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsTab</name>
    <message>
        <source>No contact lists yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your customer spreadsheet (Excel or CSV) to make a list. Phone numbers are cleaned up for you: a lost leading zero, full-width digits and +886 are all fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepliesTab</name>
    <message>
        <source>Search phone or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every account that can receive replies (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message to the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replies yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When customers answer your messages, their replies appear here, grouped by phone number, so you can answer them by hand. Replies are checked every minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>The Sandbox has {credit:g} practice points left and this needs {needed:g}. Use “Top up the Sandbox” on the Balances tab to get more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox is ready: {credit:g} practice points left. Nothing is really sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The scheduled time {when} has already passed. Choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vendor} only accepts a scheduled time in the future (to the minute, Taiwan time), and {when} Taiwan time has already passed. Choose a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vendor} only accepts a scheduled time in the future, and {when} has already passed. Choose a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting this job takes about {minutes} minutes, so {when} is too soon. Choose {earliest} or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab only accepts a scheduled time at least 3 minutes from now. Choose {earliest} or later, or send now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab only accepts a scheduled time up to 30 days ahead. Choose a time before {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} is inside the quiet hours ({hours}) when no messages are sent. Choose {next} or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>The message is empty. Write the text before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is {chars} characters long; Tencent Cloud SMS accepts at most {limit} characters (signature included). Shorten it by {over} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS does not accept emoji. Remove {emoji} from the message and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS cannot send long messages to numbers outside Taiwan: at most {limit} characters for {phone} (the message has {chars}). Shorten the message or send to this number separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long messages are turned off for this TwSMS account, so a message can have at most {limit} characters (this one has {chars}). Shorten it or turn long messages on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is {chars} characters long; TwSMS accepts at most {limit} characters of English text. Shorten it by {over} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is {chars} characters long; TwSMS accepts at most {limit} characters when the text contains Chinese or other non-English characters. Shorten it by {over} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateBar</name>
    <message>
        <source>Recipients by state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <source>No messages sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message you send appears here with who received it, who did not and why. Start on the Compose tab; the free Sandbox account lets you try it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search phone or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the vendor for the latest delivery reports (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients of the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job {job}: {status}. {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The data file {path} was written by a newer version of SMS Desk (data version {found}; this version understands up to {supported}). It was not changed. Install the newer SMS Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} cannot be read ({error}). Restore a backup copy or move the file away to start fresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tencent</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number invalid or does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone out of service or switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number on a block list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier&apos;s frequency limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete international phone number (+ country code and number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code of this phone number is not known. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland China mobile numbers have 11 digits starting with 1. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template values must be numbered 1, 2, 3... like the template&apos;s placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs a value for {{{number}}}. Fill in every placeholder from {{1}} to {{{last}}} and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SDK AppID and App Key of your Tencent Cloud SMS application in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request (HTTP {status}). Check the server address in the account settings (normally leave it empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud&apos;s answer had no result, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud&apos;s answer could not be understood. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud timed out while handling the send, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes ahead of the correct time, so Tencent Cloud refused the request (it allows 10 minutes). Set the date, time and time zone correctly (turn on automatic time) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes behind the correct time, so Tencent Cloud refused the request (it allows 10 minutes). Set the date, time and time zone correctly (turn on automatic time) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud SMS cannot schedule messages. Send it without a time, or let SMS Desk send it at the chosen time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud sends only approved templates. Choose a template (its ID is the number shown in the SMS console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has {count} characters; Tencent Cloud takes at most 450. Shorten the template values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud accepted the bulk request but sent no per-number results, so it is not known which messages were accepted. They will not be resent automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud&apos;s answer did not say whether this number was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Tencent Cloud SMS. The application has {count} templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, so it is not known whether Tencent Cloud received the application. Check the list before submitting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the period must not be after its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>{vendor} does not answer status questions; delivery reports arrive only through the callback receiver (Settings → Callbacks).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwSMS</name>
    <message>
        <source>{phone} is not a complete international phone number. Check the number in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phone} is not a Taiwan mobile number (09xxxxxxxx); text messages can only go to mobiles. Check the number in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS does not accept emoji. Remove {emoji} from the message and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has {count} characters, but TwSMS cannot send long messages to numbers outside Taiwan: at most {limit} characters. Shorten the message or send to foreign numbers separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has {count} characters; with long messages turned off in the account settings TwSMS allows {limit}. Shorten the message or allow long messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has {count} characters; TwSMS allows at most {limit}. Shorten it and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS needs a scheduled time at least one minute in the future (it schedules to the minute, Taiwan time). Pick a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address in the account settings does not offer the TwSMS API (HTTP {status}). Check or clear the address; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS&apos;s answer had no result code, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS&apos;s answer could not be read. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS reported success without a message ID, so the message cannot be tracked. It will not be resent automatically; check it on www.twsms.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message could not be cancelled: TwSMS has already sent it or no longer has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies without a two-way code (snumber) in the account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS answered the balance query without a balance. Check the balance on www.twsms.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS refused this computer&apos;s public IP address {ip}. Sign in at www.twsms.com, open Account settings (帳號設定) → API settings (API 設定), add {ip} to the allowed IPs, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS sees this computer&apos;s address as {ip}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwsmsStatus</name>
    <message>
        <source>The message expired before it could be delivered; the phone may have been off or out of coverage for the whole validity period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was deleted before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be delivered to the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator marked the message as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator rejected the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failed at the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is wrong or not in service. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator refused the message content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system error at TwSMS or the operator stopped the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS&apos;s keyword filter blocked the message. Reword the message and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient has asked not to receive advertising messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS reported the message as failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vendor</name>
    <message>
        <source>{vendor} does not offer {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling a scheduled message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery status queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a balance query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Balance: {amount} {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab has no test call that costs nothing. Settings look complete, but add at least one template before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab has no test call that costs nothing. Settings look complete; the key is checked on the first send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (free practice account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorErrors</name>
    <message>
        <source>The vendor answered with an error this version of SMS Desk does not know. Contact the vendor&apos;s support with the code shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab had an internal error. Try again in a few minutes; if it keeps happening, contact EngageLab support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab did not accept the Dev Key and Dev Secret. Copy both from the API key page of the EngageLab SMS console into the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This EngageLab API key has expired or was disabled. Enable it or create a new key in the EngageLab SMS console and enter it in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This EngageLab API key is not allowed to send SMS. Give the key permission for the SMS send API in the EngageLab console, or use a key that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab could not read the request ({text}). This is a problem in SMS Desk; please report it with the code shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab refused a value in the request: {text}. Check the numbers, the template ID and the template values, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab refused the request: {text}. Correct what it names and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab does not send the same template to the same number again while the earlier code is still valid. Nothing was sent; wait until that code expires and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab does not know this template ({text}). Check the template ID in the EngageLab SMS console (the template must be approved) and in the account&apos;s template list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab could not send the message: {text}. Check the numbers and the template; if it is unclear, contact EngageLab support with this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not a complete international number. Write it with the country code, e.g. +886912345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EngageLab Dev Key or Dev Secret is missing. Enter both in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab needs a scheduled time at least 3 minutes after the request reaches it. Choose a time at least 4 minutes from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab cannot schedule more than 30 days ahead. Choose an earlier time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab only sends approved templates. Choose a template for this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;{name}&quot; needs a value for: {missing}. Without one, EngageLab would send the placeholder text itself. Fill them in and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab did not accept this number. Check that it is a valid mobile number with its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab reported a problem ({text}) but counted {accepted} of {total} numbers as accepted. These numbers are marked unknown and will not be resent automatically; check the send records in the EngageLab console before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab accepted {accepted} of {total} numbers of this request without saying which. These numbers are marked unknown and will not be resent automatically; check the send records in the EngageLab console before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab refused the scheduled time: {text}. It must be at least 3 minutes and at most 30 days from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab refused the request with an unexpected answer (HTTP {status}). Nothing was sent; check the server address in the account settings, or contact EngageLab support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EngageLab answered without the expected details, so it is not known whether the message was accepted. It will not be resent automatically; check the EngageLab console before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS did not accept the API key. Copy the key (it starts with sk_sep_) from the SepSMS developer dashboard into the account settings; if it was lost, create a new key there, as a key is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SepSMS API key was revoked or disabled. Create a new key in the SepSMS developer dashboard and enter it in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SepSMS API key is not allowed to do this ({text}). In the SepSMS developer dashboard give the key the scopes sms:send, sms:read and credit:read (and otp:send, otp:verify for OTP), or create a key that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SepSMS API key is limited to certain IP addresses and this computer&apos;s address is not one of them. Add the office&apos;s public IP address to the key&apos;s allowed IPs in the SepSMS developer dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SepSMS account does not have enough credit for this send. Nothing was sent. Top up credit in the SepSMS dashboard, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS limits how many requests can be made per minute and did not accept this one. Nothing was sent; wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS allows only 5 OTP codes per minute from one address. Nothing was sent; wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS could not read the request. This is a problem in SMS Desk; please report it with the code shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender name was given. Enter your approved SepSMS sender name (origin) in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS has not approved this sender name. Enter a sender name exactly as approved in the SepSMS dashboard, or ask SepSMS to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty. Write the message text, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS refused the message because it is too long ({text}). Shorten the text and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number was given. Add recipients, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS refused a phone number ({text}). SepSMS only reaches Thai mobile numbers; correct or remove the number and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS refused the personalised values ({text}). Check the columns used in the message and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS refused the scheduled time ({text}). Choose a time in the future and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS refused the OTP message: it must contain {{code}} where the code goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS refused a value in the request: {text}. Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS does not know this message. It may belong to another API key or account; check the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS could not cancel this message because it is already being sent or was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scheduled message was already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS does not know this OTP reference. Check it, or send a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OTP code has expired. Send a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes were tried for this OTP. Send a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OTP code was already used. Send a new code if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS had an internal problem. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS refused the API key: {text}. Check the key and its scopes in the SepSMS developer dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS reported a credit problem: {text}. Check the credit in the SepSMS dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS asked us to slow down: {text}. Nothing was sent; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS refused the request: {text}. Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS had a temporary problem: {text}. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not a Thai mobile number. SepSMS only delivers to Thai mobile numbers (+66 followed by 9 digits starting with 6, 8 or 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not a Thai number. SepSMS only delivers to Thai mobile networks; send to this number through another vendor account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SepSMS API key is set. Enter the key (sk_sep_...) in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SepSMS server address did not answer as expected (not found). Check the server address in the account settings, or leave it empty to use the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS refused the request with an unexpected answer. Nothing was sent; contact SepSMS support with the code shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS answered without the expected details, so it is not known whether the message was accepted. It will not be resent automatically; check the SepSMS dashboard before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled time has passed or is less than 1 minute away. SepSMS would send at once; choose a time at least 1 minute from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS blocked this number (for example it opted out of messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS answered the status query in an unexpected form. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS answered the balance query in an unexpected form. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OTP message must contain {{code}} where SepSMS puts the code (and may contain {{ref}} for the reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OTP validity must be between {low} and {high} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OTP code length must be between {low} and {high} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not correct. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS has no delivery report for this message yet. Check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS says the username or password is not in a valid form. Re-enter both in the account settings exactly as you use them to sign in at www.twsms.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS does not know this username. Check the username in the account settings: it is the one you sign in to www.twsms.com with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS refused the password. Re-enter the password in the account settings; if it was changed on www.twsms.com, use the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TwSMS account does not have enough points for this message. Buy more points at www.twsms.com, then send the remaining messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS refused this computer&apos;s internet address. Sign in at www.twsms.com, open Account settings (帳號設定) → API settings (API 設定) and add the office&apos;s public IP address to the allowed IPs, then try again. &quot;Test connection&quot; shows the address TwSMS sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This TwSMS account may not send to numbers outside Taiwan. Ask TwSMS to allow international numbers, or remove the foreign numbers from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This TwSMS account has been disabled. Contact TwSMS customer service to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is not enabled for this TwSMS account. Sign in at www.twsms.com, open Account settings (帳號設定) → API settings (API 設定), enable the API, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS did not accept the scheduled time. Pick the date and time again; if this keeps happening, contact SMS Desk support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS did not accept the message validity period. In the account settings, set it to a whole number of seconds from 300 to 28800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS says the phone number is not valid. Taiwan mobiles start with 09 and have 10 digits; foreign numbers need their country code. Correct the number in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty. Type the message text and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS cannot send long messages to numbers outside Taiwan. Shorten the message to 70 characters (160 if it uses only English letters, digits and basic symbols), or send to the foreign numbers separately with a shorter text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is longer than TwSMS allows: 335 characters (765 if it uses only English letters, digits and basic symbols), or 70 (160) when long messages are turned off in the account settings. Shorten it and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS did not accept the delivery report address (drurl) in the account settings. Enter a complete address starting with http:// or https://, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled time has already passed. Pick a time in the future and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS could not reach the delivery report address (drurl) in the account settings; it must answer with HTTP 200. Check that the receiving service is running and reachable from the internet, or turn off the address check in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message contains emoji or picture characters, which TwSMS does not accept. Remove them and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS could not find this message for this phone number. Its records may have expired; check the message on www.twsms.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scheduled message has not been sent yet, so it has no delivery status. Check again after the scheduled time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS does not know the two-way code (snumber) in the account settings. Copy the 5-digit code from www.twsms.com, or clear it if the account has no two-way number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS has no replies for the requested day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS did not understand the status query (phone number or message ID). If this keeps happening, contact SMS Desk support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS did not understand the reply query. Check that the two-way code (snumber) in the account settings is the 5-digit code shown on www.twsms.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS had a data processing problem and did not accept the request, even after sending it again. Nothing was sent; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwSMS reported a system error and did not accept the request. Try again later; if this keeps happening, contact TwSMS customer service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorHelp</name>
    <message>
        <source>EngageLab sends only message templates approved in the EngageLab SMS console. Before sending, create and get approval for your templates there, then copy the Dev Key and Dev Secret from the API key settings. Scheduled sends must be 3 minutes to 30 days ahead. EngageLab offers no balance or delivery-status query through this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox is a practice account built into SMS Desk. Nothing is really sent and nothing is charged: it accepts messages, reports them delivered a few seconds later (numbers ending in 000 fail, 444 expire) and numbers ending in 7 reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS sends to Thai mobile networks only. Sign in to the SepSMS developer dashboard, create an API key (sk_sep_...) with the scopes you need, and copy it at once: it is shown only once. Each key can be limited to IP addresses and has its own per-minute limits (120 sends per minute). Use a sender name SepSMS has approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud SMS (API v5) sends only templates approved in its console; SMS Desk fills in the template values. Bulk sending is for mainland China numbers; other numbers are sent one by one. Delivery reports and replies can be pulled once Tencent Cloud&apos;s SMS Helper enables it, or pushed to a callback address set in the console. Requests carry the time: this computer&apos;s clock must be within 10 minutes of the correct time. If the application has an IP allow-list, add the office&apos;s public IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at www.twsms.com. Under Account settings (帳號設定) → API settings (API 設定) enable the API and, if you use an IP allow-list, add this office&apos;s public IP address (Test connection shows it). A Taiwan mobile costs 1 point per message (long messages: 1 point per 67 characters, 153 in English letters only); a foreign number costs 5 points and cannot get long messages. Emoji are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Webhooks</name>
    <message>
        <source>No SepSMS webhook secret is set, so notifications cannot be checked. Copy the signing secret from the SepSMS developer dashboard into the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification has no X-Webhook-Signature header and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification&apos;s timestamp headers disagree; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification is too old or dated in the future (more than {seconds} seconds from this computer&apos;s clock) and was ignored. Check the computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification&apos;s signature does not match the webhook secret, so it was ignored. Check that the secret in the account settings is the one shown in the SepSMS developer dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification&apos;s X-Webhook-Signature header is not readable; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SepSMS credit is running low: {amount} credits left. Top up in the SepSMS dashboard to keep sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SepSMS credit purchase was completed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
