<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccountDialog</name>
    <message>
        <source>The vendor did not answer in time.</source>
        <translation>廠商沒有及時回應。</translation>
    </message>
    <message>
        <source>Check the internet connection and test again in a few minutes. If it keeps happening, the vendor&apos;s service may be down.</source>
        <translation>請檢查網路連線，幾分鐘後再測試一次。如果一直發生，可能是廠商的服務暫停中。</translation>
    </message>
    <message>
        <source>The test stopped with an unexpected problem ({kind}). Test again; if it keeps happening, send the log file to support.</source>
        <translation>測試因非預期的問題而中止（{kind}）。請再測試一次；如果一直發生，請將記錄檔寄給客服人員。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong.</source>
        <translation>這台電腦的時間不正確。</translation>
    </message>
    <message>
        <source>The vendor did not accept the sign-in details: check the username, password or key.</source>
        <translation>廠商不接受登入資料：請檢查帳號、密碼或金鑰。</translation>
    </message>
    <message>
        <source>The vendor refused this computer&apos;s public address {ip}. Add {ip} to the IP allow-list in the vendor&apos;s settings, then test again.</source>
        <translation>廠商拒絕了這台電腦的對外 IP 位址 {ip}。請在廠商的設定中把 {ip} 加入 IP 白名單，然後再測試一次。</translation>
    </message>
    <message>
        <source>The vendor refused this computer&apos;s address. Check the IP allow-list in the vendor&apos;s settings: it must include this office&apos;s public IP address.</source>
        <translation>廠商拒絕了這台電腦的位址。請檢查廠商設定中的 IP 白名單：必須包含這個辦公室的對外 IP 位址。</translation>
    </message>
    <message>
        <source>Check the internet connection and test again in a few minutes. If it keeps happening, the vendor&apos;s service may be down, or the server address under Advanced may be wrong.</source>
        <translation>請檢查網路連線，幾分鐘後再測試一次。如果一直發生，可能是廠商的服務暫停中，或「進階」中的伺服器位址有誤。</translation>
    </message>
    <message>
        <source>Nothing answered at that address: check the address and your network.</source>
        <translation>那個位址沒有任何回應：請檢查位址和您的網路。</translation>
    </message>
    <message>
        <source>If you changed the server address under Advanced, check it.</source>
        <translation>如果您更改過「進階」中的伺服器位址，請檢查它是否正確。</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}。</translation>
    </message>
    <message>
        <source>Vendor&apos;s answer: {words}</source>
        <translation>廠商的回應：{words}</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Edit account “{name}”</source>
        <translation>編輯帳號「{name}」</translation>
    </message>
    <message>
        <source>Duplicate account “{name}”</source>
        <translation>複製帳號「{name}」</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>廠商</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>廠商(&amp;V)：</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>帳號名稱</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. Shop TwSMS</source>
        <translation>您認得出的名稱，例如：門市 TwSMS</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>帳號名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>Check these details with the vendor now, without sending a message. Unsaved changes are used.</source>
        <translation>現在向廠商確認這些資料，不會發送任何簡訊。會使用尚未儲存的變更。</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>連線測試結果</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>Passwords and keys are not copied: enter them again.</source>
        <translation>密碼和金鑰不會被複製：請重新輸入。</translation>
    </message>
    <message>
        <source>This practice account needs no setup: nothing is really sent and nothing is charged.</source>
        <translation>這個練習帳號不需要設定：不會真的發送，也不會扣任何點數。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>Server address, speed limits and settings most accounts never need</source>
        <translation>伺服器位址、速度限制，以及大多數帳號用不到的設定</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <source>⚠ This address is not encrypted (http://): the password and messages travel unprotected. Use it only for a test server on this computer or network.</source>
        <translation>⚠ 這個位址沒有加密（http://）：密碼和簡訊內容會在未受保護的情況下傳送。只能用於這台電腦或區域網路上的測試伺服器。</translation>
    </message>
    <message>
        <source>Leave empty to use the vendor&apos;s address. Change it only when the vendor tells you to, or to use a test server.</source>
        <translation>留空則使用廠商的位址。只有在廠商要求，或要使用測試伺服器時才需要更改。</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>伺服器位址(&amp;A)：</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>同時請求數</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>每秒請求數</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>同時請求數(&amp;O)：</translation>
    </message>
    <message>
        <source>Requests per &amp;second:</source>
        <translation>每秒請求數(&amp;S)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>The Balances tab and a notification warn you when a reading is below this; Automatic: below 100 or the cost of the last job, whichever is more</source>
        <translation>餘額低於這個數字時，「餘額」分頁和通知會提醒您；自動：低於 100 或上一個工作的費用（取較大者）</translation>
    </message>
    <message>
        <source>The defaults follow the vendor&apos;s documented limits. Lower them if the vendor says there are too many requests.</source>
        <translation>預設值依照廠商文件中的限制。如果廠商表示請求太多，請調低。</translation>
    </message>
    <message>
        <source>At most how many requests SMS Desk sends to the vendor at the same time; it sends fewer while the vendor answers slowly or asks it to slow down</source>
        <translation>最多同時向廠商送出幾個請求；廠商回應變慢或要求放慢時，SMS Desk 會自動減少。</translation>
    </message>
    <message>
        <source>Low-balance warning</source>
        <translation>餘額不足警告</translation>
    </message>
    <message>
        <source>&amp;Warn when the balance is below:</source>
        <translation>餘額低於此值時警告(&amp;W)：</translation>
    </message>
    <message>
        <source>kept for this session only — leave empty to keep</source>
        <translation>只保留到本次關閉程式為止 — 留空表示不變</translation>
    </message>
    <message>
        <source>saved — leave empty to keep</source>
        <translation>已儲存 — 留空表示不變</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>請為帳號取個名稱。</translation>
    </message>
    <message>
        <source>Add at least one template.</source>
        <translation>請至少新增一個範本。</translation>
    </message>
    <message>
        <source>Enter the {field}.</source>
        <translation>請輸入{field}。</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a test server).</source>
        <translation>伺服器位址必須以 https:// 開頭（測試伺服器可用 http://）。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在測試連線…</translation>
    </message>
    <message>
        <source>The password cannot be saved</source>
        <translation>無法儲存密碼</translation>
    </message>
    <message>
        <source>Keep for this session only: SMS Desk uses the password until it is closed and asks for it again next time. Cancel: nothing is saved.</source>
        <translation>只保留到本次關閉：SMS Desk 會使用這個密碼直到程式關閉，下次開啟時會再詢問。取消：不儲存任何資料。</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>只保留到本次關閉</translation>
    </message>
    <message>
        <source>Not saved: no system keychain is available. Choose “Keep for this session only” to use the account now.</source>
        <translation>未儲存：沒有可用的系統鑰匙圈。請選擇「只保留到本次關閉」以立即使用這個帳號。</translation>
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
        <translation>在 EngageLab 簡訊主控台中開啟 API 金鑰設定，複製 Dev Key。</translation>
    </message>
    <message>
        <source>Dev Secret</source>
        <translation>Dev Secret</translation>
    </message>
    <message>
        <source>The Dev Secret shown next to the Dev Key. The key must be enabled and allowed to use the SMS send API.</source>
        <translation>Dev Key 旁邊顯示的 Dev Secret。這組金鑰必須已啟用，並允許使用簡訊發送 API。</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>EngageLab only sends templates approved in its console. For each one, enter its ID, a name, and the text with its variables written {{name}}, so SMS Desk can show a preview and ask for every value.</source>
        <translation>EngageLab 只會發送在其主控台中審核通過的範本。請為每個範本輸入 ID、名稱，以及變數寫成 {{name}} 的內容，讓 SMS Desk 可以顯示預覽並詢問每個變數的值。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Create a key in the SepSMS developer dashboard; it looks like sk_sep_... and is shown only once. Give it the scopes sms:send, sms:read and credit:read (otp:send and otp:verify for OTP). If the key is limited to IP addresses, add this office&apos;s public IP address.</source>
        <translation>請在 SepSMS 開發者後台建立金鑰；格式像 sk_sep_...，而且只會顯示一次。請給它 sms:send、sms:read 和 credit:read 權限（OTP 另需 otp:send 和 otp:verify）。如果金鑰限制了 IP 位址，請加入這個辦公室的對外 IP 位址。</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>發送者名稱</translation>
    </message>
    <message>
        <source>Your sender name (origin) exactly as SepSMS approved it.</source>
        <translation>您的發送者名稱（origin），必須與 SepSMS 核准的完全相同。</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Webhook 簽章密鑰</translation>
    </message>
    <message>
        <source>Only needed to receive delivery notifications. Webhooks are registered in the SepSMS developer dashboard (not through the API); copy the endpoint&apos;s signing secret here. While changing secrets, enter the old and new one separated by a space.</source>
        <translation>只有要接收送達通知時才需要。Webhook 要在 SepSMS 開發者後台註冊（無法透過 API）；請把該端點的簽章密鑰複製到這裡。更換密鑰期間，請輸入舊的和新的密鑰，中間以空格分隔。</translation>
    </message>
    <message>
        <source>SDK AppID</source>
        <translation>SDK AppID</translation>
    </message>
    <message>
        <source>The number (such as 1400xxxxxx) of your SMS application: Tencent Cloud SMS console &gt; Application Management &gt; Application List.</source>
        <translation>您的簡訊應用程式編號（例如 1400xxxxxx）：Tencent Cloud SMS 主控台 &gt; 應用管理 &gt; 應用列表。</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>Shown with the SDK AppID under Application Management &gt; Basic Info. SMS Desk keeps it in the system keychain and never sends it; requests carry only a signature made with it.</source>
        <translation>與 SDK AppID 一起顯示在「應用管理 &gt; 基本資訊」中。SMS Desk 會把它保存在系統鑰匙圈中，絕不會傳送出去；請求只帶有用它產生的簽章。</translation>
    </message>
    <message>
        <source>SMS signature</source>
        <translation>簡訊簽名</translation>
    </message>
    <message>
        <source>An approved signature without brackets, e.g. Tencent Cloud for [Tencent Cloud]. Leave empty to use the default signature.</source>
        <translation>審核通過的簽名，不含括號，例如 [Tencent Cloud] 請填 Tencent Cloud。留空則使用預設簽名。</translation>
    </message>
    <message>
        <source>Extended code</source>
        <translation>擴展碼</translation>
    </message>
    <message>
        <source>Digits only, and only if Tencent Cloud&apos;s SMS Helper enabled an extended code for you.</source>
        <translation>只能填數字，而且只有在Tencent Cloud 簡訊小幫手為您開通擴展碼時才需要填寫。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>The username you sign in to sms-get.com with (up to 20 characters).</source>
        <translation>您登入 sms-get.com 使用的帳號（最多 20 個字元）。</translation>
    </message>
    <message>
        <source>Your sms-get.com password. If the API settings page limits access by IP address, allow this office&apos;s public IP address there.</source>
        <translation>您的 sms-get.com 密碼。如果 API 設定頁面有限制 IP 位址，請在那裡允許這個辦公室的對外 IP 位址。</translation>
    </message>
    <message>
        <source>Send as two-way messages</source>
        <translation>以雙向簡訊發送</translation>
    </message>
    <message>
        <source>On: recipients can reply (the account needs SMS-Get&apos;s two-way service). Two-way messages only go to Taiwan mobile numbers and cost 1 point per message part.</source>
        <translation>開啟：收件人可以回覆（帳號需要開通 SMS-Get 的雙向服務）。雙向簡訊只能發送到台灣的手機門號，每則簡訊的每一段扣 1 點。</translation>
    </message>
    <message>
        <source>Two-way reply code</source>
        <translation>雙向回覆代碼</translation>
    </message>
    <message>
        <source>The code your customers put in front of a reply (03 unless SMS-Get gave your account another one). SMS Desk removes it from received replies.</source>
        <translation>客戶回覆時放在最前面的代碼（除非 SMS-Get 給您的帳號別的代碼，否則是 03）。SMS Desk 會從收到的回覆中去掉它。</translation>
    </message>
    <message>
        <source>The username you sign in to www.twsms.com with.</source>
        <translation>您登入 www.twsms.com 使用的帳號。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Your TwSMS password. The API must be enabled under Account settings (帳號設定) → API settings (API 設定); if an IP allow-list is set there, add this office&apos;s public IP address.</source>
        <translation>您的 TwSMS 密碼。必須在「帳號設定 → API 設定」中啟用 API；如果那裡設定了 IP 白名單，請加入這個辦公室的對外 IP 位址。</translation>
    </message>
    <message>
        <source>Two-way code (snumber)</source>
        <translation>雙向代碼（snumber）</translation>
    </message>
    <message>
        <source>Optional: the 5-digit two-way code from TwSMS. Needed to receive replies; recipients then see the two-way number. Leave empty if you have none.</source>
        <translation>選填：TwSMS 提供的 5 位數雙向代碼。要接收回覆時才需要；收件人會看到雙向門號。如果沒有請留空。</translation>
    </message>
    <message>
        <source>Message validity (seconds)</source>
        <translation>簡訊有效時間（秒）</translation>
    </message>
    <message>
        <source>How long TwSMS keeps trying to deliver a message: 300 to 28800 seconds (8 hours, the default).</source>
        <translation>TwSMS 持續嘗試送達一則簡訊的時間：300 到 28800 秒（預設為 8 小時）。</translation>
    </message>
    <message>
        <source>Allow long messages</source>
        <translation>允許長簡訊</translation>
    </message>
    <message>
        <source>On: messages over 70 characters (160 in English letters only) go as long SMS, up to 335 (765) characters, 1 point per 67 (153). Off: only standard messages are allowed. Long SMS never go to numbers outside Taiwan.</source>
        <translation>開啟：超過 70 個字（純英文字母為 160 個字）的簡訊會以長簡訊發送，最多 335（765）個字，每 67（153）個字扣 1 點。關閉：只允許一般簡訊。長簡訊一律不會發送到台灣以外的門號。</translation>
    </message>
    <message>
        <source>Delivery report address (drurl)</source>
        <translation>送達報告網址（drurl）</translation>
    </message>
    <message>
        <source>Optional web address where TwSMS pushes delivery reports. Leave empty to have SMS Desk ask for the status instead.</source>
        <translation>選填：TwSMS 推送送達報告的網址。留空則由 SMS Desk 主動查詢狀態。</translation>
    </message>
    <message>
        <source>Check the report address before each send</source>
        <translation>每次發送前檢查報告網址</translation>
    </message>
    <message>
        <source>On: TwSMS refuses to send when the delivery report address does not answer HTTP 200 (error 00170).</source>
        <translation>開啟：送達報告網址沒有回應 HTTP 200 時，TwSMS 會拒絕發送（錯誤 00170）。</translation>
    </message>
</context>
<context>
    <name>AccountManagerDialog</name>
    <message>
        <source>Accounts</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Your SMS vendor accounts.</source>
        <translation>您的簡訊廠商帳號。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>複製(&amp;D)…</translation>
    </message>
    <message>
        <source>A new account with the same settings; passwords and keys are not copied</source>
        <translation>以相同設定建立新帳號；密碼和金鑰不會被複製</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>{name} (practice: nothing is really sent)</source>
        <translation>{name}（練習：不會真的發送）</translation>
    </message>
    <message>
        <source>{name} — {vendor}</source>
        <translation>{name} — {vendor}</translation>
    </message>
    <message>
        <source> — password needed</source>
        <translation> — 需要密碼</translation>
    </message>
    <message>
        <source> — password kept for this session only</source>
        <translation> — 密碼只保留到本次關閉</translation>
    </message>
    <message>
        <source>No account selected. Press Add to set up an SMS vendor account.</source>
        <translation>尚未選擇帳號。請按「新增」設定簡訊廠商帳號。</translation>
    </message>
    <message>
        <source>The Sandbox is for practice: it accepts messages, reports them delivered and sends a few replies, without sending or charging anything.</source>
        <translation>Sandbox 是練習用的：它會接受簡訊、回報已送達，並傳送幾則回覆，但不會真的發送或扣任何點數。</translation>
    </message>
    <message>
        <source>The password or key of this account is not saved on this computer. Press Edit and enter it again.</source>
        <translation>這個帳號的密碼或金鑰沒有儲存在這台電腦上。請按「編輯」重新輸入。</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>移除帳號</translation>
    </message>
    <message>
        <source>Remove the account “{name}”?</source>
        <translation>要移除帳號「{name}」嗎？</translation>
    </message>
    <message>
        <source>Its saved password or key is removed from the system keychain too.</source>
        <translation>它已儲存的密碼或金鑰也會從系統鑰匙圈中移除。</translation>
    </message>
    <message>
        <source>Messages already sent with it stay in the history.</source>
        <translation>用它發送過的簡訊仍會保留在紀錄中。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>That account no longer exists.</source>
        <translation>該帳號已不存在。</translation>
    </message>
    <message>
        <source>There is no account named “{name}”. Accounts: {names}.</source>
        <translation>沒有名為「{name}」的帳號。現有帳號：{names}。</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>請為帳號取個名稱。</translation>
    </message>
    <message>
        <source>Unknown vendor “{vendor}”.</source>
        <translation>不明的廠商「{vendor}」。</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>已經有名為「{name}」的帳號。</translation>
    </message>
    <message>
        <source>The password or key of “{name}” is not saved on this computer ({fields}). Open Accounts and enter it again.</source>
        <translation>「{name}」的密碼或金鑰沒有儲存在這台電腦上（{fields}）。請開啟「帳號」重新輸入。</translation>
    </message>
    <message>
        <source>“{key}” is a secret; it is kept in the system keychain, not in settings.</source>
        <translation>「{key}」是機密資料；它保存在系統鑰匙圈中，而不是設定裡。</translation>
    </message>
    <message>
        <source>“{key}” must be a whole number.</source>
        <translation>「{key}」必須是整數。</translation>
    </message>
    <message>
        <source>{vendor} needs: {fields}.</source>
        <translation>{vendor} 需要：{fields}。</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (or http:// for a local test server).</source>
        <translation>基本網址必須以 https:// 開頭（本機測試伺服器可用 http://）。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>發生問題</translation>
    </message>
    <message>
        <source>SMS Desk ran into an unexpected problem. Your data is safe; messages being sent are tracked and can be resumed. Details were written to the log in {path}.</source>
        <translation>SMS Desk 遇到非預期的問題。您的資料是安全的；正在發送的簡訊都有追蹤，可以繼續發送。詳細資料已寫入 {path} 中的記錄檔。</translation>
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
        <translation>內容</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>Balances</name>
    <message>
        <source>Not offered by this vendor: {vendor} has no balance query.</source>
        <translation>這家廠商不提供此功能：{vendor} 沒有餘額查詢。</translation>
    </message>
</context>
<context>
    <name>BalancesTab</name>
    <message>
        <source>Credit left on every account. Refresh asks all vendors at once; a slow or failing vendor does not hold up the others.</source>
        <translation>每個帳號剩餘的點數。「全部重新整理」會同時詢問所有廠商；回應慢或失敗的廠商不會拖慢其他廠商。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>廠商</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>查詢時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>全部重新整理</translation>
    </message>
    <message>
        <source>Ask every vendor for its balance now (F5)</source>
        <translation>立即向每家廠商查詢餘額（F5）</translation>
    </message>
    <message>
        <source>Top up the Sandbox</source>
        <translation>為 Sandbox 加值</translation>
    </message>
    <message>
        <source>Add 500 free practice points to the Sandbox account</source>
        <translation>為 Sandbox 帳號加入 500 點免費練習點數</translation>
    </message>
    <message>
        <source> (practice)</source>
        <translation>（練習）</translation>
    </message>
    <message>
        <source>This vendor has no balance query.</source>
        <translation>這家廠商沒有餘額查詢。</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>查詢中…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Empty: nothing can be sent until you top up.</source>
        <translation>已用完：儲值之前無法發送。</translation>
    </message>
    <message>
        <source>Low balance (under {threshold}): top up soon.</source>
        <translation>餘額偏低（低於 {threshold}）：請儘快儲值。</translation>
    </message>
    <message>
        <source>{n} readings</source>
        <translation>{n} 筆紀錄</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <source>sent with every message as drurl (nothing to set up)</source>
        <translation>每則簡訊都會以 drurl 一起送出（不需要設定）</translation>
    </message>
    <message>
        <source>SMS-Get API settings → CallBack URL</source>
        <translation>SMS-Get API 設定 → CallBack URL</translation>
    </message>
    <message>
        <source>SMS-Get API settings → two-way CallBack URL</source>
        <translation>SMS-Get API 設定 → 雙向 CallBack URL</translation>
    </message>
    <message>
        <source>SepSMS developer dashboard → Webhooks (events dr.success, dr.failed); copy its signing secret into the account</source>
        <translation>SepSMS 開發者後台 → Webhooks（事件 dr.success、dr.failed）；並把簽章密鑰複製到帳號中</translation>
    </message>
    <message>
        <source>Tencent Cloud SMS console → delivery status callback URL</source>
        <translation>Tencent Cloud SMS 主控台 → 送達狀態回呼網址</translation>
    </message>
    <message>
        <source>Tencent Cloud SMS console → reply callback URL</source>
        <translation>Tencent Cloud SMS 主控台 → 回覆回呼網址</translation>
    </message>
    <message>
        <source>The callback receiver could not listen on {bind} port {port} ({error}). Another program may use that port: choose another port in Settings.</source>
        <translation>回呼接收器無法在 {bind} 的連接埠 {port} 上接聽（{error}）。可能有其他程式正在使用該連接埠：請在「設定」中選擇其他連接埠。</translation>
    </message>
</context>
<context>
    <name>CheckWithVendorButton</name>
    <message>
        <source>Check with vendor</source>
        <translation>向廠商查詢</translation>
    </message>
    <message>
        <source>Ask the vendor, by phone number and send time, whether this job&apos;s unknown recipients got the message. Nothing is sent.</source>
        <translation>依電話號碼與發送時間，向廠商查詢這個工作中結果不明的收件人是否收到簡訊。不會發送任何簡訊。</translation>
    </message>
    <message>
        <source>Job {job}: asked the vendor about {asked} unknown recipients; {resolved} resolved, {left} still unknown (see each one&apos;s note).</source>
        <translation>工作 {job}：已向廠商查詢 {asked} 位結果不明的收件人；{resolved} 位已確定，{left} 位仍不明（請看各收件人的說明）。</translation>
    </message>
    <message>
        <source>Could not check with the vendor: {error} Try again later.</source>
        <translation>無法向廠商查詢：{error} 請稍後再試。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Finished, but the outcome is unknown for {n} recipient(s) of job {jobs}: the vendor&apos;s answer was lost, so they were not resent. Check them with &apos;smsdesk-cli status JOB&apos; or on the Status tab before sending to them again.</source>
        <translation>已完成，但工作 {jobs} 有 {n} 位收件人的結果不明：廠商的回應遺失了，所以沒有重送。再次傳送給他們之前，請先用「smsdesk-cli status 工作編號」或在「狀態」分頁查看。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>廠商</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基本網址</translation>
    </message>
    <message>
        <source>Password saved</source>
        <translation>已儲存密碼</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>--vendor must be one of: {vendors}.</source>
        <translation>--vendor 必須是下列其中之一：{vendors}。</translation>
    </message>
    <message>
        <source>Warning: this account talks to its vendor without encryption (http://). Use https:// unless this is a local test server.</source>
        <translation>警告：這個帳號與廠商之間的連線沒有加密（http://）。除非這是本機測試伺服器，否則請使用 https://。</translation>
    </message>
    <message>
        <source>Account “{name}” saved.</source>
        <translation>已儲存帳號「{name}」。</translation>
    </message>
    <message>
        <source>Account “{name}” removed, with its saved password.</source>
        <translation>已移除帳號「{name}」及其已儲存的密碼。</translation>
    </message>
    <message>
        <source>Unknown account command.</source>
        <translation>不明的帳號指令。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>查詢時間</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Job {job} ({account}) - {status}</source>
        <translation>工作 {job}（{account}）— {status}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>門號</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Vendor status</source>
        <translation>廠商狀態</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>Say who gets the message: --to PHONE ... or --list NAME.</source>
        <translation>請指定收件人：--to PHONE ... 或 --list NAME。</translation>
    </message>
    <message>
        <source>Give either --message TEXT or --template ID (with --param K=V).</source>
        <translation>請提供 --message TEXT 或 --template ID（搭配 --param K=V）其中之一。</translation>
    </message>
    <message>
        <source>Nothing was sent: confirm with --yes when no one can answer the question.</source>
        <translation>沒有發送任何簡訊：在無法回答確認問題的情況下，請加上 --yes 確認發送。</translation>
    </message>
    <message>
        <source>Send now? [y/N] </source>
        <translation>現在發送嗎？[y/N] </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>沒有發送任何簡訊。</translation>
    </message>
    <message>
        <source>They are skipped; add --allow-repeat to send to them again.</source>
        <translation>已略過它們；要再發送給它們，請加上 --allow-repeat。</translation>
    </message>
    <message>
        <source>No one to send to: every number was skipped.</source>
        <translation>沒有收件人：每個門號都被略過了。</translation>
    </message>
    <message>
        <source>Job {job}: {submitted} submitted, {scheduled} scheduled, {failed} failed, {unknown} unknown, {skipped} skipped; {cost}.</source>
        <translation>工作 {job}：{submitted} 則已送出，{scheduled} 則已預約，{failed} 則失敗，{unknown} 則不明，{skipped} 則已略過；費用 {cost}。</translation>
    </message>
    <message>
        <source>{n} messages were being sent when SMS Desk stopped; they are marked unknown and were not resent.</source>
        <translation>SMS Desk 停止時有 {n} 則簡訊正在發送；它們已標示為「不明」，沒有重新發送。</translation>
    </message>
    <message>
        <source>No interrupted jobs.</source>
        <translation>沒有中斷的工作。</translation>
    </message>
    <message>
        <source>Job {job}: {submitted} submitted, {failed} failed, {unknown} unknown, {queued} still queued.</source>
        <translation>工作 {job}：{submitted} 則已送出，{failed} 則失敗，{unknown} 則不明，{queued} 則仍在排隊。</translation>
    </message>
    <message>
        <source>Job {job}: {cancelled} cancelled.</source>
        <translation>工作 {job}：{cancelled} 則已取消。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>List “{list}”: {rows} rows read, {valid} valid, {invalid} invalid, {duplicates} duplicates, {opted_out} opted out.</source>
        <translation>名單「{list}」：讀取 {rows} 列，{valid} 個有效，{invalid} 個無效，{duplicates} 個重複，{opted_out} 個已退訂。</translation>
    </message>
    <message>
        <source>  row {row}: “{value}” - {message}</source>
        <translation>  第 {row} 列：「{value}」— {message}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>加入時間</translation>
    </message>
    <message>
        <source>{n} numbers added to the opt-out list; they will be skipped in every send.</source>
        <translation>已將 {n} 個門號加入退訂名單；每次發送都會略過它們。</translation>
    </message>
    <message>
        <source>{n} numbers removed from the opt-out list.</source>
        <translation>已從退訂名單移除 {n} 個門號。</translation>
    </message>
    <message>
        <source>Vendor simulator listening on {url} (Ctrl+C to stop).</source>
        <translation>廠商模擬器正在 {url} 上接聽（按 Ctrl+C 停止）。</translation>
    </message>
    <message>
        <source>The report is an Excel file: give a file name ending in .xlsx.</source>
        <translation>報表是 Excel 檔案：請提供以 .xlsx 結尾的檔名。</translation>
    </message>
    <message>
        <source>Job {job} exported to {path}.</source>
        <translation>工作 {job} 已匯出到 {path}。</translation>
    </message>
    <message>
        <source>{n} new replies.</source>
        <translation>{n} 則新回覆。</translation>
    </message>
    <message>
        <source>Delivery reports received for job(s) {jobs}.</source>
        <translation>已收到工作 {jobs} 的送達報告。</translation>
    </message>
    <message>
        <source>Callback receiver listening on {url} (Ctrl+C to stop).</source>
        <translation>回呼接收器正在 {url} 上接聽（按 Ctrl+C 停止）。</translation>
    </message>
    <message>
        <source>No public URL is set (Settings → Callback receiver), so vendors do not know where to send reports yet.</source>
        <translation>尚未設定公開網址（設定 → 回呼接收器），因此廠商還不知道要把報告送到哪裡。</translation>
    </message>
    <message>
        <source>Callback receiver stopped.</source>
        <translation>回呼接收器已停止。</translation>
    </message>
    <message>
        <source>{flag} takes KEY=VALUE, not “{pair}”.</source>
        <translation>{flag} 的格式是 KEY=VALUE，而不是「{pair}」。</translation>
    </message>
    <message>
        <source>--at takes a date and time like 2026-12-24T18:30 (ISO 8601), not “{text}”.</source>
        <translation>--at 需要像 2026-12-24T18:30 這樣的日期和時間（ISO 8601），而不是「{text}」。</translation>
    </message>
    <message>
        <source>For example --at {first} or --at {second}.</source>
        <translation>例如 --at {first} 或 --at {second}。</translation>
    </message>
    <message>
        <source>SMS Desk from the command line.</source>
        <translation>SMS Desk 命令列工具。</translation>
    </message>
    <message>
        <source>data folder (overrides SMSDESK_HOME)</source>
        <translation>資料夾（覆寫 SMSDESK_HOME）</translation>
    </message>
    <message>
        <source>shared workspace, postgresql://user@server/database (overrides SMSDESK_DATABASE_URL and the desk&apos;s setting; the password comes from the keychain)</source>
        <translation>共用工作區，postgresql://使用者@伺服器/資料庫（優先於 SMSDESK_DATABASE_URL 與本機設定；密碼取自鑰匙圈）</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>訊息的語言</translation>
    </message>
    <message>
        <source>log requests to stderr</source>
        <translation>將請求記錄輸出到 stderr</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>機器可讀的輸出格式</translation>
    </message>
    <message>
        <source>manage vendor accounts</source>
        <translation>管理廠商帳號</translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation>列出帳號</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <source>change an account</source>
        <translation>變更帳號</translation>
    </message>
    <message>
        <source>read the password / key from standard input (one per line)</source>
        <translation>從標準輸入讀取密碼／金鑰（每行一個）</translation>
    </message>
    <message>
        <source>remove an account and its saved password</source>
        <translation>移除帳號及其已儲存的密碼</translation>
    </message>
    <message>
        <source>check that the account can sign in</source>
        <translation>檢查帳號是否可以登入</translation>
    </message>
    <message>
        <source>show credit left</source>
        <translation>顯示剩餘點數</translation>
    </message>
    <message>
        <source>send a message</source>
        <translation>發送簡訊</translation>
    </message>
    <message>
        <source>send without asking</source>
        <translation>不詢問直接發送</translation>
    </message>
    <message>
        <source>send even during the quiet hours set in the app</source>
        <translation>在程式設定的勿擾時段內也照樣發送</translation>
    </message>
    <message>
        <source>also send to numbers that got this exact message recently</source>
        <translation>最近已收到這則相同簡訊的門號也照樣發送</translation>
    </message>
    <message>
        <source>list jobs</source>
        <translation>列出工作</translation>
    </message>
    <message>
        <source>show a job&apos;s recipients</source>
        <translation>顯示工作的收件人</translation>
    </message>
    <message>
        <source>ask the vendor first</source>
        <translation>先向廠商查詢</translation>
    </message>
    <message>
        <source>cancel a scheduled or running job</source>
        <translation>取消已預約或執行中的工作</translation>
    </message>
    <message>
        <source>continue an interrupted job</source>
        <translation>繼續已中斷的工作</translation>
    </message>
    <message>
        <source>send the rest at once when it can no longer be scheduled for its time</source>
        <translation>已無法依原定時間預約時，立即發送其餘的收件人</translation>
    </message>
    <message>
        <source>list customers&apos; replies</source>
        <translation>列出客戶的回覆</translation>
    </message>
    <message>
        <source>import a spreadsheet into a list</source>
        <translation>將試算表匯入名單</translation>
    </message>
    <message>
        <source>export a job&apos;s report to .xlsx</source>
        <translation>將工作報表匯出為 .xlsx</translation>
    </message>
    <message>
        <source>the callback receiver for vendors&apos; pushes</source>
        <translation>接收廠商推送資料的回呼接收器</translation>
    </message>
    <message>
        <source>receive delivery reports and replies until Ctrl+C</source>
        <translation>接收送達報告和回覆，直到按下 Ctrl+C</translation>
    </message>
    <message>
        <source>address to listen on (default: from settings)</source>
        <translation>接聽位址（預設：依照設定）</translation>
    </message>
    <message>
        <source>port (default: from settings, 8787)</source>
        <translation>連接埠（預設：依照設定，8787）</translation>
    </message>
    <message>
        <source>the shared opt-out list</source>
        <translation>共用的退訂名單</translation>
    </message>
    <message>
        <source>run the local vendor simulator</source>
        <translation>執行本機廠商模擬器</translation>
    </message>
    <message>
        <source>The disk is full ({error}). Free some space, then try again; an interrupted send continues with smsdesk-cli resume.</source>
        <translation>磁碟已滿（{error}）。請騰出一些空間後再試一次；中斷的發送可用 smsdesk-cli resume 繼續。</translation>
    </message>
    <message>
        <source>The data file stayed locked by another program for {seconds} s (another SMS Desk window or command, perhaps one that is suspended), so this command stopped. Nothing more was changed. Try again in a moment; if it stays locked, close or end the other SMS Desk.</source>
        <translation>資料檔被另一個程式鎖住了 {seconds} 秒（另一個 SMS Desk 視窗或命令，可能已被暫停），所以這個命令已停止，沒有再更改任何資料。請稍後再試；如果一直被鎖住，請關閉或結束另一個 SMS Desk。</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>非預期的錯誤：{error}</translation>
    </message>
    <message>
        <source>ask the vendor about a job&apos;s unknown recipients (Check with vendor)</source>
        <translation>向廠商查詢工作中結果不明的收件人（向廠商查詢）</translation>
    </message>
    <message>
        <source>Job {job} has no unknown recipients to check.</source>
        <translation>工作 {job} 沒有需要查詢的結果不明收件人。</translation>
    </message>
    <message>
        <source>Job {job}: asked the vendor about {asked} unknown recipients; {resolved} resolved, {left} still unknown.</source>
        <translation>工作 {job}：已向廠商查詢 {asked} 位結果不明的收件人；{resolved} 位已確定，{left} 位仍不明。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Job {job}: {submitted} submitted, {failed} failed, {unknown} unknown, {queued} still queued; {cost}.</source>
        <translation>工作 {job}：{submitted} 則已送出，{failed} 則失敗，{unknown} 則不明，{queued} 則仍在排隊；{cost}。</translation>
    </message>
    <message>
        <source>No scheduled job is due. The next one is job {job}, at {when}.</source>
        <translation>目前沒有到期的預約工作。下一個是工作 {job}，時間 {when}。</translation>
    </message>
    <message>
        <source>No scheduled job is due.</source>
        <translation>目前沒有到期的預約工作。</translation>
    </message>
    <message>
        <source>{n} recipients are unknown: it is not known whether the vendor accepted them. They were not resent; see “smsdesk-cli status JOB”.</source>
        <translation>{n} 位收件人的結果不明：無法確定廠商是否已收下，因此沒有重送；請用「smsdesk-cli status 工作編號」查看。</translation>
    </message>
    <message>
        <source>send scheduled jobs whose time has come (for cron or the Task Scheduler)</source>
        <translation>發送已到預約時間的工作（供 cron 或「工作排程器」使用）</translation>
    </message>
    <message>
        <source>also send jobs more than 10 minutes late (the computer was off)</source>
        <translation>也發送已逾時 10 分鐘以上的工作（電腦當時未開機）</translation>
    </message>
    <message>
        <source>manage an account&apos;s message templates (vendors that send only templates)</source>
        <translation>管理帳號的簡訊範本（只發送範本的廠商）</translation>
    </message>
    <message>
        <source>add a template approved at the vendor</source>
        <translation>新增一個已在廠商審核通過的範本</translation>
    </message>
    <message>
        <source>the template&apos;s ID in the vendor&apos;s console</source>
        <translation>範本在廠商主控台中的 ID</translation>
    </message>
    <message>
        <source>the approved text, variables written {{name}}</source>
        <translation>審核通過的範本文字，變數寫成 {{name}}</translation>
    </message>
    <message>
        <source>a name to show (default: the ID)</source>
        <translation>要顯示的名稱（預設為 ID）</translation>
    </message>
    <message>
        <source>change a template already listed</source>
        <translation>修改清單中已有的範本</translation>
    </message>
    <message>
        <source>list the account&apos;s templates</source>
        <translation>列出帳號的範本</translation>
    </message>
    <message>
        <source>remove a template from the account&apos;s list</source>
        <translation>從帳號的清單移除範本</translation>
    </message>
    <message>
        <source>Account “{account}” has no templates yet. Add one with “smsdesk-cli template add {account} ID --text TEXT”.</source>
        <translation>帳號「{account}」還沒有範本。請用「smsdesk-cli template add {account} ID --text 文字」新增一個。</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Values to fill</source>
        <translation>要填的值</translation>
    </message>
    <message>
        <source>Template {id} saved for “{account}”. Each send gives a value for {params} (--param K=V).</source>
        <translation>已為「{account}」儲存範本 {id}。每次發送都要為 {params} 給值（--param K=V）。</translation>
    </message>
    <message>
        <source>Template {id} saved for “{account}”; it has no values to fill.</source>
        <translation>已為「{account}」儲存範本 {id}；這個範本沒有要填的值。</translation>
    </message>
    <message>
        <source>Template {id} removed from “{account}”. It stays at the vendor; SMS Desk no longer offers it.</source>
        <translation>已從「{account}」移除範本 {id}。範本仍留在廠商那邊，只是 SMS Desk 不再提供。</translation>
    </message>
    <message>
        <source>Password for {user} on {host}: </source>
        <translation>{host} 上 {user} 的密碼： </translation>
    </message>
    <message>
        <source>The data folder is on a network share: make sure SMS Desk is closed on every other computer before the move.</source>
        <translation>資料夾位於網路共用資料夾上：搬移前請確認其他每台電腦上的 SMS Desk 都已關閉。</translation>
    </message>
    <message>
        <source>This desk&apos;s data file {path} is read-only: it was moved to a shared workspace already and is kept as a backup. Nothing was copied.</source>
        <translation>這個櫃台的資料檔 {path} 是唯讀的：資料已經搬到共用工作區，這個檔案保留作為備份。沒有複製任何資料。</translation>
    </message>
    <message>
        <source>This desk&apos;s data was moved to a shared workspace already; its file {path} is the backup. Nothing was copied.</source>
        <translation>這個櫃台的資料已經搬到共用工作區；檔案 {path} 是備份。沒有複製任何資料。</translation>
    </message>
    <message>
        <source>Stopped. What was copied stays in the workspace; run the same command again to copy the rest: nothing is copied twice.</source>
        <translation>已停止。已複製的資料留在工作區中；再執行一次同一個指令即可複製其餘的部分，不會重複複製。</translation>
    </message>
    <message>
        <source>From now on this desk ({desk}) works in the shared workspace {url}.</source>
        <translation>從現在起，這個櫃台（{desk}）使用共用工作區 {url}。</translation>
    </message>
    <message>
        <source>Copying {what}: {done} of {total}</source>
        <translation>正在複製{what}：{done} / {total}</translation>
    </message>
    <message>
        <source>use a shared workspace (several desks, one database)</source>
        <translation>使用共用工作區（多個櫃台共用一個資料庫）</translation>
    </message>
    <message>
        <source>move this desk&apos;s data into a shared workspace and use it</source>
        <translation>把這個櫃台的資料搬到共用工作區並開始使用</translation>
    </message>
    <message>
        <source>this desk&apos;s name (default: the computer&apos;s name)</source>
        <translation>這個櫃台的名稱（預設為電腦名稱）</translation>
    </message>
    <message>
        <source>check that a shared workspace&apos;s server can be used</source>
        <translation>檢查共用工作區的伺服器是否可以使用</translation>
    </message>
</context>
<context>
    <name>ComposeSending</name>
    <message>
        <source>Checking the balance…</source>
        <translation>正在查詢餘額…</translation>
    </message>
    <message>
        <source>Cannot send yet</source>
        <translation>還不能發送</translation>
    </message>
    <message>
        <source>No one to send to</source>
        <translation>沒有收件人</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在開始…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>發送進度</translation>
    </message>
    <message>
        <source>Why Send is not available</source>
        <translation>無法發送的原因</translation>
    </message>
    <message>
        <source>Pause stops after the requests under way; Resume goes on with the rest. Nobody gets the message twice.</source>
        <translation>「暫停」會在進行中的請求完成後停止；「繼續」會接著傳送其餘的簡訊。不會有人收到兩次。</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>取消發送</translation>
    </message>
    <message>
        <source>Stop before the next request; everything already sent stays tracked</source>
        <translation>在下一個請求之前停止；已發送的簡訊都會持續追蹤</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>發送(&amp;S)…</translation>
    </message>
    <message>
        <source>Review the recipients and the cost, then confirm (Ctrl+Enter)</source>
        <translation>檢查收件人和費用，然後確認（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Paused. {counts}</source>
        <translation>已暫停。{counts}</translation>
    </message>
    <message>
        <source>Job {job} is scheduled for {when}. SMS Desk sends it then: leave the app running.</source>
        <translation>工作 {job} 已預約在 {when} 發送。SMS Desk 會在那時發送：請讓程式保持開啟。</translation>
    </message>
    <message>
        <source>Job {job}: {submitted} submitted, {scheduled} scheduled, {failed} failed, {unknown} unknown, {cancelled} cancelled; {cost}.</source>
        <translation>工作 {job}：{submitted} 則已送出，{scheduled} 則已預約，{failed} 則失敗，{unknown} 則不明，{cancelled} 則已取消；費用 {cost}。</translation>
    </message>
    <message>
        <source>Sending paused</source>
        <translation>已暫停發送</translation>
    </message>
    <message>
        <source>Fix the problem, then resume the job on the Status tab: numbers already sent are not sent again.</source>
        <translation>請修正問題，然後在「狀態」分頁中繼續這個工作：已發送的門號不會再發送一次。</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已預約</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>已停止發送</translation>
    </message>
    <message>
        <source>{error}
Numbers already sent stay tracked on the Status tab.</source>
        <translation>{error}
已發送的門號會在「狀態」分頁中持續追蹤。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Cancelling after the requests under way…</source>
        <translation>進行中的請求完成後將取消…</translation>
    </message>
    <message>
        <source>{name} ({phone})</source>
        <translation>{name}（{phone}）</translation>
    </message>
    <message>
        <source>Reply to {who}</source>
        <translation>回覆給 {who}</translation>
    </message>
</context>
<context>
    <name>ComposeTab</name>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>帳號(&amp;A)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>收件人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>簡訊內容(&amp;M)：</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>插入變數(&amp;P)</translation>
    </message>
    <message>
        <source>Insert a column of the ticked lists; each recipient gets their own value</source>
        <translation>插入已勾選名單中的欄位；每位收件人會收到自己的值</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>範本(&amp;M)：</translation>
    </message>
    <message>
        <source>Counting {n} recipients…</source>
        <translation>正在計算 {n} 位收件人…</translation>
    </message>
    <message>
        <source>The cost could not be counted: {error}</source>
        <translation>無法計算費用：{error}</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>請選擇範本。</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>請輸入簡訊內容。</translation>
    </message>
    <message>
        <source>Choose recipients: tick a list or type numbers.</source>
        <translation>請選擇收件人：勾選名單或輸入門號。</translation>
    </message>
    <message>
        <source>The vendor cannot take this message.</source>
        <translation>廠商無法接受這則簡訊。</translation>
    </message>
    <message>
        <source>The time is inside the quiet hours: tick “Send during quiet hours anyway” or choose another time.</source>
        <translation>這個時間在勿擾時段內：請勾選「仍要在勿擾時段發送」或選擇其他時間。</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>預約(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>發送(&amp;S)…</translation>
    </message>
    <message>
        <source> (practice: nothing is really sent)</source>
        <translation>（練習：不會真的發送）</translation>
    </message>
    <message>
        <source>Tick a contact list to use its columns</source>
        <translation>勾選聯絡人名單以使用其欄位</translation>
    </message>
    <message>
        <source>Add an account first (the Sandbox is free).</source>
        <translation>請先新增帳號（Sandbox 是免費的）。</translation>
    </message>
    <message>
        <source>Job {job} cancelled: {counts}.</source>
        <translation>工作 {job} 已取消：{counts}。</translation>
    </message>
    <message>
        <source>Job {job} paused: {counts}. Resume it on the Status tab.</source>
        <translation>工作 {job} 已暫停：{counts}。請在「狀態」分頁繼續。</translation>
    </message>
    <message>
        <source>Job {job} is scheduled.</source>
        <translation>工作 {job} 已排程。</translation>
    </message>
    <message>
        <source>Job {job} sent: {counts}. Delivery reports follow on the Status tab.</source>
        <translation>工作 {job} 已送出：{counts}。送達報告會陸續顯示在「狀態」分頁。</translation>
    </message>
</context>
<context>
    <name>ConfirmSendDialog</name>
    <message>
        <source>Send this message?</source>
        <translation>要發送這則簡訊嗎？</translation>
    </message>
    <message>
        <source>Schedule this message?</source>
        <translation>要預約這則簡訊嗎？</translation>
    </message>
    <message>
        <source>{n} recipients, about {points} {unit}.</source>
        <translation>{n} 位收件人，約 {points} {unit}。</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>帳號：</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>{n} {why}</source>
        <translation>{why}：{n} 位</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>略過：</translation>
    </message>
    <message>
        <source>{total} ({parts})</source>
        <translation>{total}（{parts}）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>段數：</translation>
    </message>
    <message>
        <source>{segments} in total (up to {max} per message)</source>
        <translation>共 {segments} 段（每則最多 {max} 段）</translation>
    </message>
    <message>
        <source>Estimated cost:</source>
        <translation>預估費用：</translation>
    </message>
    <message>
        <source>{points} {unit}</source>
        <translation>{points} {unit}</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>餘額：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>原始資料</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>門號</translation>
    </message>
    <message>
        <source>Why skipped</source>
        <translation>略過原因</translation>
    </message>
    <message>
        <source>Skipped recipients</source>
        <translation>略過的收件人</translation>
    </message>
    <message>
        <source>Skipped recipients (they get nothing and cost nothing):</source>
        <translation>略過的收件人（他們不會收到簡訊，也不會產生費用）：</translation>
    </message>
    <message>
        <source>Skipped recipients, the first {shown} of {total}:</source>
        <translation>略過的收件人，顯示 {total} 位中的前 {shown} 位：</translation>
    </message>
    <message>
        <source>First message:</source>
        <translation>第一則簡訊：</translation>
    </message>
    <message>
        <source>Send it to them again as well</source>
        <translation>也再發送給他們一次</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>第一則簡訊</translation>
    </message>
    <message>
        <source>Full summary as text</source>
        <translation>完整摘要（文字）</translation>
    </message>
    <message>
        <source>Send summary</source>
        <translation>發送摘要</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>{vendor} does not report a balance; check it in the vendor&apos;s console.</source>
        <translation>{vendor} 不提供餘額；請到廠商的主控台查看。</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚未得知</translation>
    </message>
    <message>
        <source>just checked</source>
        <translation>剛剛查詢</translation>
    </message>
    <message>
        <source>last known</source>
        <translation>最後一次查詢</translation>
    </message>
    <message>
        <source>{balance} {unit} ({when}); about {after} left after this send</source>
        <translation>{balance} {unit}（{when}）；這次發送後約剩 {after}</translation>
    </message>
    <message>
        <source>{balance} {unit} ({when}): NOT ENOUGH for this send. Top up first, or the vendor may refuse part of it.</source>
        <translation>{balance} {unit}（{when}）：不足以進行這次發送。請先加值，否則廠商可能會拒絕部分發送。</translation>
    </message>
    <message>
        <source>The balance could not be checked just now: {error}</source>
        <translation>剛才無法查詢餘額：{error}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>{when} (UTC{sign}{hh}:{mm}, this computer&apos;s time zone)</source>
        <translation>{when}（UTC{sign}{hh}:{mm}，這台電腦的時區）</translation>
    </message>
    <message>
        <source>{vendor} cannot schedule: SMS Desk sends it at that time, so the app must be running then.</source>
        <translation>{vendor} 無法預約發送：SMS Desk 會在指定時間發送，因此屆時程式必須保持開啟。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>發送</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add a contact to “{name}”</source>
        <translation>新增聯絡人到「{name}」</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678 or +886 912 345 678</source>
        <translation>例如：0912 345 678 或 +886 912 345 678</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile number:</source>
        <translation>手機號碼：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>The number “{value}” cannot be used: {reason}</source>
        <translation>門號「{value}」無法使用：{reason}</translation>
    </message>
    <message>
        <source>That list no longer exists. Refresh the list view and try again.</source>
        <translation>該名單已不存在。請重新整理名單畫面後再試一次。</translation>
    </message>
    <message>
        <source>Enter a name for the list.</source>
        <translation>請輸入名單名稱。</translation>
    </message>
    <message>
        <source>A list named “{name}” already exists. Choose another name.</source>
        <translation>已經有名為「{name}」的名單。請選擇其他名稱。</translation>
    </message>
    <message>
        <source>That contact no longer exists. Refresh the list and try again.</source>
        <translation>該聯絡人已不存在。請重新整理名單後再試一次。</translation>
    </message>
    <message>
        <source>The number {phone} is already in this list. Edit that contact instead.</source>
        <translation>門號 {phone} 已在這份名單中。請改為編輯該聯絡人。</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Added by hand</source>
        <translation>手動新增</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>從檔案匯入</translation>
    </message>
    <message>
        <source>Replied to opt out</source>
        <translation>回覆退訂</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>門號</translation>
    </message>
    <message>
        <source>How it was added</source>
        <translation>加入方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>加入時間</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>On the opt-out list: kept in this list, but never sent messages.</source>
        <translation>在退訂名單中：仍保留在這份名單裡，但絕不會收到簡訊。</translation>
    </message>
    <message>
        <source>(opted out)</source>
        <translation>（已退訂）</translation>
    </message>
</context>
<context>
    <name>CostCounter</name>
    <message>
        <source>Length and cost</source>
        <translation>長度與費用</translation>
    </message>
    <message>
        <source>A segment is one SMS: 160 plain characters, or 70 when the text needs Chinese or other characters outside the basic SMS alphabet. Longer text goes in parts of 153 or 67, each charged; the points are the vendor&apos;s price. Counted before duplicates and opt-outs are removed; the confirmation shows the exact figures.</source>
        <translation>一則簡訊（一段）可容納 160 個一般字元；內容含中文或基本簡訊字母以外的字元時為 70 個。較長的內容會分成每段 153 或 67 個字元，每段都要計費；點數依簡訊商的價格計算。這是移除重複和已退訂門號之前的計數；確認畫面會顯示精確的數字。</translation>
    </message>
    <message>
        <source>F&amp;ix: use plain characters</source>
        <translation>修正：改用一般字元(&amp;I)</translation>
    </message>
    <message>
        <source>Replace them with look-alikes from the basic SMS alphabet, so the message costs half as much</source>
        <translation>以基本簡訊字元集中外觀相近的字元取代，讓簡訊費用減半</translation>
    </message>
    <message>
        <source>Show one</source>
        <translation>顯示一位</translation>
    </message>
    <message>
        <source>Show a recipient with a missing value in the preview</source>
        <translation>在預覽中顯示一位缺少值的收件人</translation>
    </message>
    <message numerus="yes">
        <source>point(s)</source>
        <translation>
            <numerusform>點</numerusform>
        </translation>
    </message>
    <message>
        <source>The template&apos;s text is unknown, so each recipient is counted as 1 {unit}.</source>
        <translation>不知道範本的內容，因此每位收件人以 1 {unit} 計算。</translation>
    </message>
    <message>
        <source>0 characters</source>
        <translation>0 個字</translation>
    </message>
    <message numerus="yes">
        <source>{chars} characters · {encoding} · %n segment(s)</source>
        <translation>
            <numerusform>{chars} 個字 · {encoding} · %n 段</numerusform>
        </translation>
    </message>
    <message>
        <source>(room for {left} more before the next one)</source>
        <translation>（再 {left} 個字才會多一段）</translation>
    </message>
    <message>
        <source>{points} {unit} per Taiwan recipient</source>
        <translation>每位台灣收件人 {points} {unit}</translation>
    </message>
    <message>
        <source>{points} {unit} per recipient</source>
        <translation>每位收件人 {points} {unit}</translation>
    </message>
    <message numerus="yes">
        <source>about {total} {unit} for %Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln 位收件人約 {total} {unit}</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted on the longest message, {who}&apos;s.</source>
        <translation>以最長的簡訊（{who} 的簡訊）計算。</translation>
    </message>
    <message>
        <source>These characters switch the message to UCS-2 (70 characters per segment instead of 160), which can double its cost: {chars}</source>
        <translation>這些字元會讓簡訊改用 UCS-2 編碼（每段 70 個字，而不是 160 個字），費用可能加倍：{chars}</translation>
    </message>
    <message>
        <source>These characters switch the message to UCS-2 (70 characters per segment instead of 160): {chars}. Some have no plain look-alike; remove or replace them by hand.</source>
        <translation>這些字元會讓簡訊改用 UCS-2 編碼（每段 70 個字，而不是 160 個字）：{chars}。其中有些沒有外觀相近的一般字元；請手動移除或替換。</translation>
    </message>
    <message>
        <source>Some recipients&apos; values (names or columns) contain characters that switch their message to UCS-2, so it costs more.</source>
        <translation>部分收件人的值（姓名或欄位）含有會讓簡訊改用 UCS-2 編碼的字元，因此費用較高。</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Replace: {pairs}</source>
        <translation>取代：{pairs}</translation>
    </message>
    <message>
        <source>{n} recipients cannot get this message and will be skipped: {problem}</source>
        <translation>有 {n} 位收件人無法收到這則簡訊，將被略過：{problem}</translation>
    </message>
    <message>
        <source>{n} typed entries are not mobile numbers and will be skipped.</source>
        <translation>輸入的項目中有 {n} 個不是手機號碼，將被略過。</translation>
    </message>
    <message>
        <source>{n} of {total} recipients have no value for {names}: their message will have a blank there.</source>
        <translation>{total} 位收件人中有 {n} 位沒有 {names} 的值：他們的簡訊在該處會是空白。</translation>
    </message>
    <message>
        <source>No value entered for {names}: fill it in, or SMS Desk cannot send this template.</source>
        <translation>{names} 尚未填值：請填好，否則 SMS Desk 無法發送這個範本。</translation>
    </message>
    <message>
        <source>No ticked list has a column called {names}. Check the spelling.</source>
        <translation>已勾選的名單中沒有名為 {names} 的欄位。請檢查拼字。</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中國</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Macau</source>
        <translation>澳門</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>馬來西亞</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>印尼</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰國</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳洲</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>菲律賓</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>阿拉伯聯合大公國</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>柬埔寨</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美國</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>南韓</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The system keychain is locked, so the password cannot be saved. Unlock it and try again, or keep the password for this session only (you will be asked again next time).</source>
        <translation>系統鑰匙圈已鎖定，因此無法儲存密碼。請解除鎖定後再試一次，或只將密碼保留到本次關閉為止（下次會再詢問您）。</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the password cannot be saved. You can keep it for this session only (you will be asked again next time). SMS Desk never writes passwords to a file.</source>
        <translation>這台電腦沒有可用的系統鑰匙圈，因此無法儲存密碼。您可以只將密碼保留到本次關閉為止（下次會再詢問您）。SMS Desk 絕不會把密碼寫入檔案。</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>&amp;Use again</source>
        <translation>再次使用(&amp;U)</translation>
    </message>
    <message>
        <source>Fill Compose with the message and recipients just sent</source>
        <translation>把剛送出的簡訊和收件人填回「撰寫」</translation>
    </message>
    <message>
        <source>Restore the earlier draft</source>
        <translation>還原先前的草稿</translation>
    </message>
    <message>
        <source>Put back the message and recipients you were writing before the reply</source>
        <translation>放回回覆之前您正在撰寫的簡訊和收件人</translation>
    </message>
    <message>
        <source>The draft you were writing is set aside.</source>
        <translation>您正在撰寫的草稿已先保留。</translation>
    </message>
    <message>
        <source>The message just sent is cleared from Compose.</source>
        <translation>剛送出的簡訊已從「撰寫」清除。</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>Job {job} was scheduled for {when}, {minutes} minutes ago (SMS Desk was not running then), so it was not sent. Send it late with “smsdesk-cli run-due --late-ok” or cancel it with “smsdesk-cli cancel {job}”.</source>
        <translation>工作 {job} 原定於 {when} 發送，已過了 {minutes} 分鐘（當時 SMS Desk 沒有執行），所以沒有發送。若要延後發送，請執行「smsdesk-cli run-due --late-ok」；若要取消，請執行「smsdesk-cli cancel {job}」。</translation>
    </message>
    <message>
        <source>Scheduled job {job} could not be sent: {error} Fix it, then resume the job.</source>
        <translation>預約工作 {job} 無法發送：{error} 請先排除問題，再繼續這個工作。</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>There is no job number {job}.</source>
        <translation>沒有編號 {job} 的工作。</translation>
    </message>
    <message>
        <source>Job {job} is already cancelled. Nothing was changed.</source>
        <translation>工作 {job} 已經取消，沒有做任何變更。</translation>
    </message>
    <message>
        <source>Job {job} has finished: nothing of it is waiting to be sent, so there is nothing to cancel. Nothing was changed.</source>
        <translation>工作 {job} 已完成：沒有任何訊息在等待發送，因此沒有可取消的內容。沒有做任何變更。</translation>
    </message>
    <message>
        <source>{scheduled} recipients stay scheduled at the vendor for {when}; the other {rest} were sent at once, as you chose.</source>
        <translation>{scheduled} 位收件人仍在廠商端預約於 {when} 發送；其餘 {rest} 位已依您的選擇立即發送。</translation>
    </message>
    <message>
        <source>Job {job} is scheduled for {when}; nothing was sent now. SMS Desk sends it then, while the window is open or when “smsdesk-cli run-due” runs.</source>
        <translation>工作 {job} 預約於 {when} 發送，現在沒有發送任何訊息。到時 SMS Desk 會發送：請讓視窗保持開啟，或讓「smsdesk-cli run-due」在那時執行。</translation>
    </message>
    <message>
        <source>Stopped when SMS Desk was closed. Resume the job to send to the rest.</source>
        <translation>SMS Desk 關閉時已停止。請繼續這個工作，發送給其餘的收件人。</translation>
    </message>
    <message>
        <source>An internal error happened while sending; the outcome is not known.</source>
        <translation>發送時發生內部錯誤；結果不明。</translation>
    </message>
    <message>
        <source>The vendor&apos;s answer did not mention this number, so its outcome is not known.</source>
        <translation>廠商的回應中沒有提到這個門號，因此結果不明。</translation>
    </message>
    <message>
        <source>Job {job} is being sent right now by another SMS Desk window or the command line (process {where}). Nothing was sent twice. Wait until that send finishes, then look at the job on the Status tab.</source>
        <translation>工作 {job} 正由另一個 SMS Desk 視窗或命令列（程式編號 {where}）傳送中。沒有任何簡訊被重複傳送。請等那次傳送完成後，再到「狀態」分頁查看這項工作。</translation>
    </message>
    <message>
        <source>That process has not renewed its hold on the job for {seconds} s (it may be suspended or waiting for the data file), but it is still running on this computer, so its send is not taken over. Let it finish or end that process, then resume the job.</source>
        <translation>該程式已有 {seconds} 秒沒有更新它對這項工作的占用（可能被暫停，或正在等待資料檔），但它仍在這台電腦上執行，所以不會接手它的傳送。請讓它傳送完成或結束該程式，再繼續這項工作。</translation>
    </message>
    <message>
        <source>This send of job {job} stopped: another SMS Desk (process {where}) took the job over while this one could not renew its hold (it was suspended or cut off from the data file). Nothing more was sent from here and nothing was sent twice; the other send finishes the job. Messages whose answers had not come back are shown as unknown and are not resent.</source>
        <translation>工作 {job} 的這次傳送已停止：在它無法更新占用期間（程式被暫停或無法寫入資料檔），另一個 SMS Desk（程式編號 {where}）接手了這項工作。這裡不會再傳送任何簡訊，也沒有重複傳送；由另一邊完成這項工作。尚未收到回應的簡訊會標示為「不明」，不會重送。</translation>
    </message>
    <message>
        <source>Sending job {job} stopped before its next message: for {seconds} s SMS Desk could not confirm that it still holds the job, because the data file could not be written ({error}). Nothing was sent twice. Close other programs that use the data file, then resume the job.</source>
        <translation>工作 {job} 已在傳送下一則簡訊前停止：有 {seconds} 秒 SMS Desk 無法確認它仍占用這項工作，因為資料檔無法寫入（{error}）。沒有任何簡訊被重複傳送。請關閉其他使用這個資料檔的程式，再繼續這項工作。</translation>
    </message>
    <message>
        <source>Not sent: this number was put on the opt-out list while the job was running.</source>
        <translation>未發送：這個號碼在工作進行中被加入拒收名單。</translation>
    </message>
</context>
<context>
    <name>ErrorKind</name>
    <message>
        <source>Sign-in problem</source>
        <translation>登入問題</translation>
    </message>
    <message>
        <source>This computer&apos;s address is not allowed</source>
        <translation>這台電腦的位址不被允許</translation>
    </message>
    <message>
        <source>Not enough credit</source>
        <translation>點數不足</translation>
    </message>
    <message>
        <source>Phone number refused</source>
        <translation>門號被拒絕</translation>
    </message>
    <message>
        <source>Message text refused</source>
        <translation>簡訊內容被拒絕</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>請求太多</translation>
    </message>
    <message>
        <source>Schedule refused</source>
        <translation>預約時間被拒絕</translation>
    </message>
    <message>
        <source>Account setting refused</source>
        <translation>帳號設定遭拒</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>暫時性問題</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>非預期的錯誤</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The file {path} could not be saved ({error}). Close it if it is open in Excel, or choose another folder, and try again.</source>
        <translation>無法儲存檔案 {path}（{error}）。如果檔案正在 Excel 中開啟，請先關閉，或選擇其他資料夾，然後再試一次。</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>廠商</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>預約時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>Template {id}</source>
        <translation>範本 {id}</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Points charged</source>
        <translation>扣除點數</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退還</translation>
    </message>
    <message>
        <source>Net cost</source>
        <translation>實際費用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>門號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Vendor status</source>
        <translation>廠商狀態</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送出時間</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>SMS Desk user guide</source>
        <translation>SMS Desk 使用說明</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用說明</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Open the user guide at this screen&apos;s section (F1 opens it whole)</source>
        <translation>在使用說明中打開這個畫面的段落（按 F1 可打開整份說明）</translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <source>The vendor&apos;s answer could not be read, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>無法讀取廠商的回應，因此不知道簡訊是否已被接受。系統不會自動重新發送；再次發送之前，請先查詢它的狀態。</translation>
    </message>
    <message>
        <source>The vendor&apos;s answer could not be read. Try again in a few minutes.</source>
        <translation>無法讀取廠商的回應。請幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the vendor could not be made. Check the computer&apos;s date and time and any proxy or antivirus that inspects HTTPS.</source>
        <translation>無法與廠商建立安全（TLS）連線。請檢查電腦的日期和時間，以及任何會檢查 HTTPS 的 Proxy 或防毒軟體。</translation>
    </message>
    <message>
        <source>The vendor&apos;s server could not be reached. Check the internet connection; nothing was sent.</source>
        <translation>無法連上廠商的伺服器。請檢查網路連線；沒有發送任何簡訊。</translation>
    </message>
    <message>
        <source>The vendor asked us to slow down and did not accept the request. Nothing was sent; try again in a few minutes.</source>
        <translation>廠商要求我們放慢速度，沒有接受這個請求。沒有發送任何簡訊；請幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>The vendor&apos;s service is temporarily unavailable and did not accept the request. Nothing was sent; try again in a few minutes.</source>
        <translation>廠商的服務暫時無法使用，沒有接受這個請求。沒有發送任何簡訊；請幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>The vendor&apos;s server failed while handling the request, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>廠商的伺服器在處理請求時發生故障，因此不知道簡訊是否已被接受。系統不會自動重新發送；再次發送之前，請先查詢它的狀態。</translation>
    </message>
    <message>
        <source>The vendor&apos;s server had a temporary failure. Try again in a few minutes.</source>
        <translation>廠商的伺服器發生暫時性故障。請幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>請求送出後連線中斷，因此不知道簡訊是否已被接受。系統不會自動重新發送；再次發送之前，請先查詢它的狀態。</translation>
    </message>
    <message>
        <source>The connection to the vendor failed. Try again in a few minutes.</source>
        <translation>與廠商的連線失敗。請幾分鐘後再試一次。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>已取消匯入。沒有變更任何資料。</translation>
    </message>
    <message>
        <source>The file {name} is damaged or incomplete and cannot be read. If it was downloaded or copied, do that again; otherwise open it in Excel, save it again, and import the new copy.</source>
        <translation>檔案 {name} 已損壞或不完整，無法讀取。如果是下載或複製來的，請重新下載或複製；否則請用 Excel 開啟、重新儲存，再匯入新的檔案。</translation>
    </message>
    <message>
        <source>The file {name} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, then clear it), save it, and import it again.</source>
        <translation>檔案 {name} 有密碼保護。請用 Excel 開啟，移除密碼（檔案 &gt; 資訊 &gt; 保護活頁簿 &gt; 以密碼加密，然後清除密碼），儲存後再匯入一次。</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet (it looks like {what}). Choose an Excel file (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file.</source>
        <translation>檔案 {name} 不是試算表（看起來是{what}）。請選擇 Excel 檔案（.xlsx、.xls）、OpenDocument 試算表（.ods）或 CSV 檔案。</translation>
    </message>
    <message>
        <source>The file {name} is too large to import safely ({detail}). Delete unused rows and columns, or split it into files of at most {rows} rows, and import them one by one.</source>
        <translation>檔案 {name} 太大，無法安全匯入（{detail}）。請刪除未使用的列和欄，或將它分割成每個最多 {rows} 列的檔案，再逐一匯入。</translation>
    </message>
    <message>
        <source>The file {name} unpacks to far more data than its cells can hold (over {size} MB for {cells} cells), so it was not imported. It was not saved by a spreadsheet program as is, or it was tampered with. Open it in Excel, save it as a new .xlsx file, and import that.</source>
        <translation>檔案 {name} 解壓後的資料量遠超過其儲存格所能容納的（{cells} 個儲存格卻超過 {size} MB），因此未匯入。這個檔案不是由試算表程式直接存成的，或已遭竄改。請用 Excel 開啟，另存成新的 .xlsx 檔，再匯入新檔。</translation>
    </message>
    <message>
        <source>The names and other columns of the sheet “{sheet}” hold more than {size} million characters in all, far more than a customer list needs, so nothing was imported. Delete the columns that are not needed for messages, or split the file, and import again.</source>
        <translation>工作表「{sheet}」的姓名與其他欄位合計超過 {size} 百萬個字元，遠超過一份客戶名單所需，因此沒有匯入任何資料。請刪除發送簡訊用不到的欄位，或將檔案分割後再匯入。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” in {name} is empty. Choose the sheet that holds the customer list.</source>
        <translation>{name} 中的工作表「{sheet}」是空的。請選擇存放客戶名單的工作表。</translation>
    </message>
    <message>
        <source>No column with phone numbers was found in the sheet “{sheet}”. Give the phone column a heading such as 手機 or Mobile, or choose the column in the import dialog.</source>
        <translation>在工作表「{sheet}」中找不到手機號碼欄。請為手機號碼欄加上「手機」或「Mobile」之類的標題，或在匯入視窗中選擇該欄。</translation>
    </message>
    <message>
        <source>The phone cell holds a formula without a usable saved result (it may show an error such as #N/A). Fix the formula in Excel, save the file, and import it again.</source>
        <translation>手機號碼儲存格中是公式，而且沒有可用的儲存結果（可能顯示 #N/A 之類的錯誤）。請在 Excel 中修正公式、儲存檔案，然後再匯入一次。</translation>
    </message>
    <message>
        <source>The row holds only formulas, and the file does not store their results: it was saved by a program that does not keep them. Open the file in Excel, save it, and import it again.</source>
        <translation>這一列只有公式，而檔案沒有存下公式的結果：存檔的程式不會保留計算結果。請用 Excel 開啟檔案、存檔後再匯入一次。</translation>
    </message>
    <message>
        <source>A cell in this row holds more than 32,767 characters, Excel&apos;s own limit for a cell; the row was not imported. Shorten that cell and import the file again.</source>
        <translation>這一列有儲存格超過 32,767 個字元（Excel 本身的單格上限），這一列沒有匯入。請縮短該儲存格的內容後再匯入一次。</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Choose the file again.</source>
        <translation>檔案 {path} 不存在。請重新選擇檔案。</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes). Choose the file that holds the list.</source>
        <translation>檔案 {name} 是空的（0 位元組）。請選擇存放名單的檔案。</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>The file {name} is a web page saved with a spreadsheet name. Open it in Excel, save it as an Excel Workbook (.xlsx), and import the new file.</source>
        <translation>檔案 {name} 是以試算表檔名儲存的網頁。請用 Excel 開啟，另存為「Excel 活頁簿（.xlsx）」，再匯入新的檔案。</translation>
    </message>
    <message>
        <source>The file {name} is an XML file (perhaps an old “XML Spreadsheet 2003”). Open it in Excel, save it as an Excel Workbook (.xlsx), and import the new file.</source>
        <translation>檔案 {name} 是 XML 檔案（可能是舊的「XML 試算表 2003」）。請用 Excel 開啟，另存為「Excel 活頁簿（.xlsx）」，再匯入新的檔案。</translation>
    </message>
    <message>
        <source>a program or other binary file</source>
        <translation>程式或其他二進位檔案</translation>
    </message>
    <message>
        <source>The file {name} could not be opened ({error}). Check that it still exists and is not locked by another program, then try again.</source>
        <translation>無法開啟檔案 {name}（{error}）。請確認檔案仍然存在，而且沒有被其他程式鎖定，然後再試一次。</translation>
    </message>
    <message>
        <source>an OpenDocument text or presentation</source>
        <translation>OpenDocument 文件或簡報</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>Word 文件</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>PowerPoint 簡報</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>zip 壓縮檔</translation>
    </message>
    <message>
        <source>an old Office file that is not a workbook</source>
        <translation>不是活頁簿的舊版 Office 檔案</translation>
    </message>
    <message>
        <source>an .xls file over {size} MB</source>
        <translation>超過 {size} MB 的 .xls 檔</translation>
    </message>
    <message>
        <source>a part of it would unpack to {size} MB</source>
        <translation>其中一部分解壓縮後會有 {size} MB</translation>
    </message>
    <message>
        <source>it would unpack to {size} MB</source>
        <translation>解壓縮後會有 {size} MB</translation>
    </message>
    <message>
        <source>an internal part is unusually large</source>
        <translation>內部有一部分異常地大</translation>
    </message>
    <message>
        <source>it unpacks to more than it declares</source>
        <translation>解壓縮後的大小超過檔案宣告的大小</translation>
    </message>
    <message>
        <source>a cell holds more than {chars} characters</source>
        <translation>有儲存格超過 {chars} 個字元</translation>
    </message>
    <message>
        <source>the sheet spans {rows} rows × {cols} columns</source>
        <translation>工作表範圍為 {rows} 列 × {cols} 欄</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” was not found in {name}. Sheets in this file: {sheets}.</source>
        <translation>在 {name} 中找不到工作表「{sheet}」。這個檔案中的工作表：{sheets}。</translation>
    </message>
    <message>
        <source>its sheets hold {cells} cells</source>
        <translation>工作表共有 {cells} 個儲存格</translation>
    </message>
    <message>
        <source>it holds {count} internal files</source>
        <translation>內含 {count} 個內部檔案</translation>
    </message>
    <message>
        <source>row {row} holds more than {chars} characters</source>
        <translation>第 {row} 列的文字超過 {chars} 個字元</translation>
    </message>
    <message>
        <source>The text encoding of {name} could not be recognised. In Excel use Save As &gt; “CSV UTF-8” and import the new file.</source>
        <translation>無法辨識 {name} 的文字編碼。請在 Excel 中使用「另存新檔」並選擇「CSV UTF-8」格式，再匯入新的檔案。</translation>
    </message>
    <message>
        <source>Part of {name} is in a different text encoding from the rest. In Excel use Save As &gt; “CSV UTF-8” and import the new file.</source>
        <translation>{name} 有一部分的文字編碼與其他部分不同。請在 Excel 中使用「另存新檔」並選擇「CSV UTF-8」格式，再匯入新的檔案。</translation>
    </message>
    <message>
        <source>line {line} is longer than {chars} characters</source>
        <translation>第 {line} 行超過 {chars} 個字元</translation>
    </message>
    <message>
        <source>more than {rows} rows</source>
        <translation>超過 {rows} 列</translation>
    </message>
    <message>
        <source>more than {cols} columns</source>
        <translation>超過 {cols} 欄</translation>
    </message>
    <message>
        <source>Row {row} of {name} could not be read ({error}). Fix that row (often a stray quotation mark) or save the file as .xlsx, and import again.</source>
        <translation>無法讀取 {name} 的第 {row} 列（{error}）。請修正該列（通常是多了一個引號），或將檔案另存為 .xlsx，然後再匯入一次。</translation>
    </message>
    <message>
        <source>Excel binary workbooks (.xlsb) cannot be imported. Open the file in Excel, save it as an Excel Workbook (.xlsx), and import the new file.</source>
        <translation>無法匯入 Excel 二進位活頁簿（.xlsb）。請用 Excel 開啟檔案，另存為「Excel 活頁簿（.xlsx）」，再匯入新的檔案。</translation>
    </message>
    <message>
        <source>The file {name} contains plain text although its name ends in {suffix}. If it is a CSV export, rename it to end in .csv; or open it in Excel and save it as .xlsx. Then import it again.</source>
        <translation>檔案 {name} 的檔名以 {suffix} 結尾，內容卻是純文字。如果它是匯出的 CSV，請將檔名改為以 .csv 結尾；或用 Excel 開啟後另存為 .xlsx。然後再匯入一次。</translation>
    </message>
    <message>
        <source>The column “{column}” was not found in the sheet “{sheet}”. Columns: {columns}.</source>
        <translation>在工作表「{sheet}」中找不到欄位「{column}」。欄位：{columns}。</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>{letter} 欄</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名單</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>讀取列數</translation>
    </message>
    <message>
        <source>Imported numbers</source>
        <translation>匯入的門號</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>新增的聯絡人</translation>
    </message>
    <message>
        <source>Updated contacts</source>
        <translation>更新的聯絡人</translation>
    </message>
    <message>
        <source>Rows with a problem</source>
        <translation>有問題的列</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>重複的列</translation>
    </message>
    <message>
        <source>Opted-out numbers (kept, never sent to)</source>
        <translation>已退訂的門號（保留，但絕不發送）</translation>
    </message>
    <message>
        <source>Duplicate: this number is already on row {row}.</source>
        <translation>重複：這個門號已在第 {row} 列。</translation>
    </message>
    <message>
        <source>More than one number in the cell; only the first usable one was imported.</source>
        <translation>儲存格中有一個以上的門號；只匯入了第一個可用的門號。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Enter a name for the list.</source>
        <translation>請輸入名單名稱。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has a header row but no customers below it. Choose the sheet that holds the list.</source>
        <translation>工作表「{sheet}」有標題列，但下方沒有任何客戶。請選擇存放名單的工作表。</translation>
    </message>
    <message>
        <source>reading it needs more than the {size} MB set aside for an import</source>
        <translation>讀取它需要超過匯入可用的 {size} MB 記憶體</translation>
    </message>
    <message>
        <source>The file {name} could not be read: the program reading it stopped unexpectedly. Try once more; if it happens again, open the file in Excel, save it as a new .xlsx file and import that.</source>
        <translation>無法讀取檔案 {name}：負責讀取的程式意外停止。請再試一次；若仍發生，請用 Excel 開啟檔案，另存成新的 .xlsx 檔，再匯入新檔。</translation>
    </message>
    <message>
        <source>its cells hold more than {size} MB of text or {count} different texts</source>
        <translation>儲存格內的文字超過 {size} MB，或有超過 {count} 種不同的文字</translation>
    </message>
    <message>
        <source>it merges more than {count} blocks of cells</source>
        <translation>合併的儲存格區塊超過 {count} 個</translation>
    </message>
    <message>
        <source>row {row} holds more than {size} MB</source>
        <translation>第 {row} 列的資料超過 {size} MB</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Spreadsheets and CSV files ({patterns});;All files (*)</source>
        <translation>試算表和 CSV 檔案 ({patterns});;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import numbers to the opt-out list</source>
        <translation>匯入門號到退訂名單</translation>
    </message>
    <message>
        <source>Import a customer list</source>
        <translation>匯入客戶名單</translation>
    </message>
    <message>
        <source>Every number in the chosen column is added to the opt-out list: nobody on it is sent messages again, from any account.</source>
        <translation>所選欄位中的每個門號都會加入退訂名單：名單上的人不會再從任何帳號收到簡訊。</translation>
    </message>
    <message>
        <source>Choose the file, check that the numbers below look right, then import. Other columns are kept so that messages can use them (for example {門市}).</source>
        <translation>請選擇檔案，確認下方的門號看起來正確，然後匯入。其他欄位會保留下來，讓簡訊可以使用（例如 {門市}）。</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未選擇檔案</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation>匯入到：</translation>
    </message>
    <message>
        <source>Column with the phone numbers</source>
        <translation>手機號碼所在的欄位</translation>
    </message>
    <message>
        <source>Column with the names</source>
        <translation>姓名所在的欄位</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>選擇檔案(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>手機號碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>匯入進度</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>請先選擇檔案。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>無法讀取檔案。</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>請選擇存放手機號碼的欄位。</translation>
    </message>
    <message>
        <source>Enter a name for the new list, or choose a list to add to.</source>
        <translation>請輸入新名單的名稱，或選擇要加入的名單。</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在讀取 {name}…</translation>
    </message>
    <message>
        <source>The file could not be read ({error}). Check that it is a spreadsheet or CSV file and that no other program has it open, then choose it again.</source>
        <translation>無法讀取檔案（{error}）。請確認它是試算表或 CSV 檔案，而且沒有被其他程式開啟，然後重新選擇。</translation>
    </message>
    <message>
        <source>No column with phone numbers was recognised. Choose the column that holds them under “Phone numbers”.</source>
        <translation>無法辨識手機號碼欄。請在「手機號碼」中選擇存放號碼的欄位。</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet}（隱藏）</translation>
    </message>
    <message>
        <source>{title} (column {letter})</source>
        <translation>{title}（{letter} 欄）</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>選擇欄位…</translation>
    </message>
    <message>
        <source>(no name column)</source>
        <translation>（沒有姓名欄）</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Row {row} of {total}</source>
        <translation>第 {row} 列，共 {total} 列</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>第 {row} 列</translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected problem ({error}). Nothing was changed. Try again; if it happens again, save the file as .xlsx in Excel and import that copy.</source>
        <translation>匯入因非預期的問題而中止（{error}）。沒有變更任何資料。請再試一次；如果再次發生，請在 Excel 中將檔案另存為 .xlsx，再匯入該檔案。</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>檔案中的值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>門號</translation>
    </message>
    <message>
        <source>First on row</source>
        <translation>首次出現的列</translation>
    </message>
    <message>
        <source>Other numbers in the cell (not imported)</source>
        <translation>儲存格中的其他門號（未匯入）</translation>
    </message>
    <message>
        <source>Rows with a problem</source>
        <translation>有問題的列</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>重複的列</translation>
    </message>
    <message>
        <source>Cells with more than one number</source>
        <translation>含有多個門號的儲存格</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>匯出報表…</translation>
    </message>
    <message>
        <source>Save these counts and every row with a problem as an Excel file</source>
        <translation>將這些統計數字和每個有問題的列儲存為 Excel 檔案</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Imported into “{name}”</source>
        <translation>已匯入到「{name}」</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>讀取列數</translation>
    </message>
    <message>
        <source>Usable numbers imported</source>
        <translation>匯入的可用門號</translation>
    </message>
    <message>
        <source>new contacts</source>
        <translation>新增的聯絡人</translation>
    </message>
    <message>
        <source>already in the list (updated)</source>
        <translation>已在名單中（已更新）</translation>
    </message>
    <message>
        <source>Rows with a problem (not imported)</source>
        <translation>有問題的列（未匯入）</translation>
    </message>
    <message>
        <source>Duplicate rows in the file (not imported again)</source>
        <translation>檔案中重複的列（未重複匯入）</translation>
    </message>
    <message>
        <source>On the opt-out list (kept, never sent to)</source>
        <translation>在退訂名單中（保留，但絕不發送）</translation>
    </message>
    <message>
        <source>Cells with more than one number (first one imported)</source>
        <translation>含有多個門號的儲存格（已匯入第一個）</translation>
    </message>
    <message>
        <source>Numbers added to the opt-out list</source>
        <translation>加入退訂名單的門號</translation>
    </message>
    <message>
        <source>Added to the opt-out list</source>
        <translation>已加入退訂名單</translation>
    </message>
    <message>
        <source>Already on the opt-out list</source>
        <translation>原本已在退訂名單中</translation>
    </message>
    <message>
        <source>Rows with a problem (not added)</source>
        <translation>有問題的列（未加入）</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>問題（{n}）</translation>
    </message>
    <message>
        <source>Duplicates ({n})</source>
        <translation>重複（{n}）</translation>
    </message>
    <message>
        <source>More than one number ({n})</source>
        <translation>多個門號（{n}）</translation>
    </message>
    <message>
        <source>Only the first {n} duplicate rows are listed; the count above is exact.</source>
        <translation>只列出前 {n} 個重複的列；上方的數字是精確的。</translation>
    </message>
    <message>
        <source>Fix the rows with a problem in your spreadsheet and import the file again: numbers already imported are updated, not added twice.</source>
        <translation>請在您的試算表中修正有問題的列，然後再匯入一次檔案：已匯入的門號會被更新，不會重複加入。</translation>
    </message>
    <message>
        <source>{name} import report.xlsx</source>
        <translation>{name} 匯入報表.xlsx</translation>
    </message>
    <message>
        <source>Export the import report</source>
        <translation>匯出匯入報表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Import report saved to {path}.</source>
        <translation>匯入報表已儲存到 {path}。</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>報表已儲存到 {path}。</translation>
    </message>
    <message>
        <source>The report could not be saved ({error}). Choose another folder or file name and try again.</source>
        <translation>無法儲存報表（{error}）。請選擇其他資料夾或檔名，然後再試一次。</translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <source>New list named</source>
        <translation>新名單，名稱為</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>加入名單</translation>
    </message>
    <message>
        <source>Name of the new list</source>
        <translation>新名單的名稱</translation>
    </message>
    <message>
        <source>Existing list</source>
        <translation>現有名單</translation>
    </message>
    <message>
        <source>The list “{name}” has {n} contacts. Numbers already in it are updated with the file&apos;s values, new numbers are added, nobody is removed.</source>
        <translation>名單「{name}」有 {n} 位聯絡人。名單中已有的門號會以檔案中的值更新，新的門號會被加入，不會移除任何人。</translation>
    </message>
</context>
<context>
    <name>JobReport</name>
    <message>
        <source>Sent</source>
        <translation>已送出</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>已退訂</translation>
    </message>
    <message>
        <source>The phone could not be reached in time</source>
        <translation>手機在時限內都無法接通</translation>
    </message>
    <message>
        <source>Delivery funnel</source>
        <translation>送達漏斗</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Why messages failed</source>
        <translation>失敗原因</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>則數</translation>
    </message>
</context>
<context>
    <name>JobReportChart</name>
    <message>
        <source>Delivery report</source>
        <translation>送達報告</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Delivery funnel</source>
        <translation>送達漏斗</translation>
    </message>
    <message>
        <source>Why messages failed</source>
        <translation>失敗原因</translation>
    </message>
    <message>
        <source>No message failed</source>
        <translation>沒有失敗的簡訊</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>已預約</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>發送中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中斷</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Waiting for reports</source>
        <translation>等待送達報告</translation>
    </message>
</context>
<context>
    <name>Join</name>
    <message>
        <source>Copied to the shared workspace: {accounts} accounts, {lists} lists, {contacts} contacts, {optouts} opt-outs, {jobs} jobs with {messages} messages, {replies} replies, {balances} balance readings.</source>
        <translation>已複製到共用工作區：{accounts} 個帳號、{lists} 個名單、{contacts} 位聯絡人、{optouts} 個退訂門號、{jobs} 個發送工作（共 {messages} 則簡訊）、{replies} 則回覆、{balances} 筆餘額紀錄。</translation>
    </message>
    <message>
        <source>Accounts already in the workspace under the same name were merged: {names}. Check their settings in Tools → Accounts.</source>
        <translation>工作區中已有同名的帳號，已合併：{names}。請到「工具 → 帳號」檢查它們的設定。</translation>
    </message>
    <message>
        <source>Lists already in the workspace under the same name were merged (their contacts together, each number once): {names}.</source>
        <translation>工作區中已有同名的名單，已合併（聯絡人放在一起，每個門號只出現一次）：{names}。</translation>
    </message>
    <message>
        <source>{n} Sandbox jobs stay on this desk: the Sandbox is for practice.</source>
        <translation>{n} 個 Sandbox 發送工作留在這個櫃台：Sandbox 只供練習。</translation>
    </message>
    <message>
        <source>This desk&apos;s own data file is kept, read-only, as a backup: {path}. Passwords stay in this computer&apos;s keychain: enter them once on each desk (Tools → Accounts).</source>
        <translation>這個櫃台自己的資料檔已保留為唯讀備份：{path}。密碼仍保存在這台電腦的鑰匙圈中：請在每個櫃台各輸入一次（「工具 → 帳號」）。</translation>
    </message>
    <message>
        <source>The move to the shared workspace was stopped after {done} of {total} records; what was copied stays there. Start it again to copy the rest: nothing is copied twice.</source>
        <translation>搬到共用工作區的作業在 {total} 筆中的第 {done} 筆後停止；已複製的資料留在工作區中。再開始一次即可複製其餘的部分，不會重複複製。</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>名單</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>退訂門號</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>發送工作</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>balance readings</source>
        <translation>餘額紀錄</translation>
    </message>
    <message>
        <source>A send is under way on this desk. Wait until it has finished (or stop it), then move the data to the shared workspace; nothing was copied.</source>
        <translation>這個櫃台正在發送簡訊。請等發送完成（或先停止），再把資料搬到共用工作區；沒有複製任何資料。</translation>
    </message>
    <message>
        <source>This version of SMS Desk cannot open a shared workspace on PostgreSQL. Install the current version on every desk, then try again.</source>
        <translation>這個版本的 SMS Desk 無法開啟 PostgreSQL 上的共用工作區。請在每個櫃台安裝目前的版本，然後再試一次。</translation>
    </message>
    <message>
        <source>This desk&apos;s data file and the shared workspace are the same; nothing was copied.</source>
        <translation>這個櫃台的資料檔和共用工作區是同一個；沒有複製任何資料。</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>SMS Desk stopped while this message was being sent, so it is not known whether the vendor accepted it. It was not resent.</source>
        <translation>發送這則簡訊時 SMS Desk 停止了，因此不知道廠商是否已接受。系統沒有重新發送。</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Passwords and keys are saved unencrypted in a plain-text file ({path}): anyone who can read that file can send SMS at your cost. Set up the system keychain (on Linux: GNOME Keyring or KWallet), uninstall the keyrings.alt package, restart SMS Desk and enter the passwords again; then delete that file.</source>
        <translation>密碼與金鑰以未加密的純文字檔（{path}）保存：任何能讀取這個檔案的人都能用您的點數發送簡訊。請設定系統鑰匙圈（Linux 上為 GNOME Keyring 或 KWallet）、解除安裝 keyrings.alt 套件，重新啟動 SMS Desk 並重新輸入密碼；然後刪除那個檔案。</translation>
    </message>
    <message>
        <source>{name} keeps passwords and keys unencrypted. Set up the system keychain (on Linux: GNOME Keyring or KWallet), restart SMS Desk and enter the passwords again.</source>
        <translation>{name} 以未加密的方式保存密碼與金鑰。請設定系統鑰匙圈（Linux 上為 GNOME Keyring 或 KWallet），重新啟動 SMS Desk 並重新輸入密碼。</translation>
    </message>
    <message>
        <source>Passwords and keys are kept in memory only and are forgotten when SMS Desk closes.</source>
        <translation>密碼與金鑰只保存在記憶體中，關閉 SMS Desk 後就會遺失。</translation>
    </message>
    <message>
        <source>This computer has no usable system keychain ({name}): passwords and keys can be kept only until SMS Desk closes. On Windows and macOS, sign in to your own user account and restart SMS Desk; on Linux, install and unlock GNOME Keyring or KWallet (a Secret Service), then restart SMS Desk.</source>
        <translation>這台電腦沒有可用的系統鑰匙圈（{name}）：密碼與金鑰只能保留到 SMS Desk 關閉為止。在 Windows 與 macOS 上，請登入您自己的使用者帳戶並重新啟動 SMS Desk；在 Linux 上，請安裝並解鎖 GNOME Keyring 或 KWallet（Secret Service），然後重新啟動 SMS Desk。</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 認證管理員</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS 鑰匙圈</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation>Secret Service 密碼服務（GNOME Keyring、KWallet）</translation>
    </message>
    <message>
        <source>Secret Service (libsecret)</source>
        <translation>Secret Service 密碼服務（libsecret）</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>KDE 錢包</translation>
    </message>
    <message>
        <source>Windows registry, encrypted for your account</source>
        <translation>Windows Registry（以您的帳戶加密）</translation>
    </message>
    <message>
        <source>pass (GnuPG)</source>
        <translation>pass 密碼管理工具（GnuPG）</translation>
    </message>
    <message>
        <source>encrypted file (keyrings.alt)</source>
        <translation>加密檔案（keyrings.alt）</translation>
    </message>
    <message>
        <source>encrypted file (keyrings.cryptfile)</source>
        <translation>加密檔案（keyrings.cryptfile）</translation>
    </message>
    <message>
        <source>plain-text file (keyrings.alt)</source>
        <translation>純文字檔（keyrings.alt）</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>記憶體（僅限本次使用）</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>none (passwords are discarded)</source>
        <translation>無（密碼會被丟棄）</translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <source>Passwords and keys are kept in: {backend}.</source>
        <translation>密碼與金鑰保存在：{backend}。</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}、{item}</translation>
    </message>
    <message>
        <source>{sentence} {next}</source>
        <translation>{sentence}{next}</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}：{text}</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>{when} happens twice in this computer&apos;s time zone: the clocks go back that night. Say which one you mean: {first} or {second}.</source>
        <translation>{when} 在這台電腦的時區中會出現兩次：當晚時鐘會撥回。請說明您指的是哪一個：{first} 或 {second}。</translation>
    </message>
    <message>
        <source>{when} does not exist in this computer&apos;s time zone: the clocks go forward from {start} to {end} that night. Use {before} or {after}.</source>
        <translation>{when} 在這台電腦的時區中不存在：當晚時鐘會從 {start} 直接撥快到 {end}。請改用 {before} 或 {after}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Compose</source>
        <translation>撰寫</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>SMS Desk stopped while sending last time: {n} messages may or may not have gone out and are marked Unknown (not resent). See the Status tab.</source>
        <translation>SMS Desk 上次在發送途中停止：有 {n} 則簡訊不確定是否已送出，已標示為「不明」（沒有重新發送）。請查看「狀態」分頁。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>新增簡訊(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>匯入試算表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>帳號(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Shared &amp;workspace…</source>
        <translation>共用工作區(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Vendor tools</source>
        <translation>廠商工具(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用說明(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About SMS Desk</source>
        <translation>關於 SMS Desk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation>新手入門(&amp;G)…</translation>
    </message>
    <message>
        <source>Shared workspace</source>
        <translation>共用工作區</translation>
    </message>
    <message>
        <source>This desk&apos;s data is now in the shared workspace. SMS Desk closes now: start it again to work in the shared workspace.</source>
        <translation>這個櫃台的資料已經在共用工作區中。SMS Desk 現在會關閉：請再啟動一次，以使用共用工作區。</translation>
    </message>
    <message>
        <source>No account has vendor tools (Tencent, SepSMS)</source>
        <translation>沒有任何帳號提供廠商工具（Tencent Cloud、SepSMS）</translation>
    </message>
    <message>
        <source>About SMS Desk</source>
        <translation>關於 SMS Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMS Desk&lt;/b&gt; {version}&lt;br&gt;Send, schedule and track SMS to your customers.&lt;br&gt;&lt;br&gt;Data folder: {home}&lt;br&gt;Password storage: {keyring}</source>
        <translation>&lt;b&gt;SMS Desk&lt;/b&gt; {version}&lt;br&gt;發送、預約及追蹤給客戶的簡訊。&lt;br&gt;&lt;br&gt;資料夾：{home}&lt;br&gt;密碼儲存方式：{keyring}</translation>
    </message>
    <message>
        <source>The send has stopped; nothing is under way now.</source>
        <translation>傳送已經停止，目前沒有進行中的傳送。</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>餘額不足</translation>
    </message>
    <message>
        <source>{account} has {balance} left. Top up before your next send.</source>
        <translation>{account} 只剩 {balance}。請在下次發送前加值。</translation>
    </message>
    <message>
        <source>Messages are being sent</source>
        <translation>簡訊發送中</translation>
    </message>
    <message>
        <source>A send is in progress. If you quit now it stops after the requests already under way, and you can resume it later. Quit anyway?</source>
        <translation>正在發送簡訊。如果現在結束，程式會在進行中的請求完成後停止，之後可以繼續發送。仍要結束嗎？</translation>
    </message>
    <message>
        <source>Quit and stop the send</source>
        <translation>結束並停止傳送</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>繼續傳送</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge lists</source>
        <translation>合併名單</translation>
    </message>
    <message>
        <source>List to merge into</source>
        <translation>要合併到的名單</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>合併到：</translation>
    </message>
    <message>
        <source>Copy the contacts of these lists into it:</source>
        <translation>將以下名單的聯絡人複製到該名單：</translation>
    </message>
    <message>
        <source>Lists to merge</source>
        <translation>要合併的名單</translation>
    </message>
    <message>
        <source>Delete those lists afterwards</source>
        <translation>合併後刪除這些名單</translation>
    </message>
    <message>
        <source>A number in several lists is kept once; the target list&apos;s name and values win, missing values are filled in.</source>
        <translation>出現在多份名單中的門號只會保留一次；以目標名單的姓名和值為準，缺少的值會被補上。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Write your message. Insert placeholders such as {field} to personalise it.</source>
        <translation>輸入您的簡訊。可以插入 {field} 之類的欄位，讓每則簡訊個人化。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>簡訊</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Phone</source>
        <translation>門號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Vendor status</source>
        <translation>廠商狀態</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Submitted: sent, no report yet. Delivered or Failed: the vendor&apos;s report. Expired: the phone stayed off. Unknown: it may or may not have gone out, and is not resent.</source>
        <translation>已送出：已傳送，尚未收到回報。已送達或失敗：簡訊商的回報。逾時：對方手機一直未開機。不明：可能已送出也可能沒有，不會自動重送。</translation>
    </message>
    <message>
        <source>The vendor&apos;s own status code, as it reported it</source>
        <translation>簡訊商回報的原始狀態碼</translation>
    </message>
    <message>
        <source>What went wrong, in words, and how an unknown outcome was resolved</source>
        <translation>哪裡出了問題（以文字說明），以及結果不明的簡訊如何確定結果</translation>
    </message>
</context>
<context>
    <name>MissedSchedule</name>
    <message>
        <source>Part of the job missed its time</source>
        <translation>部分訊息趕不上預約時間</translation>
    </message>
    <message>
        <source>Send the rest now</source>
        <translation>立即發送其餘的</translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation>取消其餘的</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍後再決定</translation>
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
        <translation>{net} {unit}（扣 {charged}，退還 {refunded}）</translation>
    </message>
    <message>
        <source>{n} recipients have not been sent this message yet.</source>
        <translation>還有 {n} 位收件人尚未收到這則簡訊。</translation>
    </message>
    <message>
        <source>{n} recipients have not been sent this message yet; they need about {need} {unit}.</source>
        <translation>還有 {n} 位收件人尚未收到這則簡訊；大約需要 {need} {unit}。</translation>
    </message>
    <message>
        <source>Recipients: {n}. Estimated cost: about {cost} {unit}.</source>
        <translation>收件人：{n} 位。預估費用：約 {cost} {unit}。</translation>
    </message>
    <message>
        <source>This vendor does not report a balance; check it in its console.</source>
        <translation>這家簡訊商不提供餘額查詢；請到它的管理後台查看。</translation>
    </message>
    <message>
        <source>The balance could not be read just now: {error}</source>
        <translation>剛才無法讀取餘額：{error}</translation>
    </message>
    <message>
        <source>Balance: {balance} {unit} (just checked): NOT ENOUGH. Top up first, or the vendor refuses part of it.</source>
        <translation>餘額：{balance} {unit}（剛查詢）：不足。請先儲值，否則簡訊商會拒絕部分發送。</translation>
    </message>
    <message>
        <source>Balance: {balance} {unit} (just checked); about {after} left after this.</source>
        <translation>餘額：{balance} {unit}（剛查詢）；發送後約剩 {after}。</translation>
    </message>
</context>
<context>
    <name>NetFs</name>
    <message>
        <source>The data folder {path} is on a network share ({kind}). SMS Desk does not keep its data file there: SQLite&apos;s journal is not safe on a network share, so messages could be sent twice or history lost. Keep the data folder on this computer (the default folder, or --home with a local folder). For several desks sharing one history, use a shared workspace: smsdesk-cli workspace join postgresql://user@server/database moves this folder&apos;s data into it (close SMS Desk on the other computers first); then every desk uses it (Tools → Shared workspace in the window, or smsdesk-cli --database postgresql://user@server/database).</source>
        <translation>資料夾 {path} 位於網路共用資料夾上（{kind}）。SMS Desk 不會把資料檔放在那裡：SQLite 的日誌在網路共用資料夾上並不安全，可能造成簡訊重複發送或紀錄遺失。請把資料夾放在這台電腦上（預設的資料夾，或用 --home 指定本機資料夾）。若要讓多個櫃台共用同一份紀錄，請使用共用工作區：smsdesk-cli workspace join postgresql://使用者@伺服器/資料庫 會把這個資料夾的資料搬進去（請先關閉其他電腦上的 SMS Desk）；之後每個櫃台都使用它（視窗中的「工具 → 共用工作區」，或 smsdesk-cli --database postgresql://使用者@伺服器/資料庫）。</translation>
    </message>
    <message>
        <source>a Windows network path</source>
        <translation>Windows 網路路徑</translation>
    </message>
    <message>
        <source>a mapped network drive</source>
        <translation>對應的網路磁碟機</translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <source>Add numbers to the opt-out list</source>
        <translation>將門號加入退訂名單</translation>
    </message>
    <message>
        <source>Nobody on the opt-out list is sent messages again, from any account. One number per line:</source>
        <translation>退訂名單上的人不會再從任何帳號收到簡訊。每行一個門號：</translation>
    </message>
    <message>
        <source>Numbers to opt out</source>
        <translation>要退訂的門號</translation>
    </message>
    <message>
        <source>e.g. asked by phone on 3 May</source>
        <translation>例如：5 月 3 日電話要求</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>備註（選填）：</translation>
    </message>
    <message>
        <source>Add to the opt-out list</source>
        <translation>加入退訂名單</translation>
    </message>
</context>
<context>
    <name>OtpTab</name>
    <message>
        <source>Try a one-time-code flow: SepSMS sends a code to a phone, then you type the code you received to check it. Each code sent costs a message.</source>
        <translation>試用一次性驗證碼流程：SepSMS 會發送驗證碼到手機，然後輸入收到的驗證碼進行驗證。每發送一次驗證碼都會計費一則簡訊。</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>a Thai mobile, e.g. 081 234 5678 or +66 81 234 5678</source>
        <translation>泰國手機門號，例如 081 234 5678 或 +66 81 234 5678</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>optional, e.g. Your code is {code} (ref {ref})</source>
        <translation>選填，例如 您的驗證碼是 {code}（參考碼 {ref}）</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Code valid for</source>
        <translation>驗證碼有效時間</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> 位數</translation>
    </message>
    <message>
        <source>Code length</source>
        <translation>驗證碼長度</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>發送驗證碼(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手機號碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>簡訊內容(&amp;M)：</translation>
    </message>
    <message>
        <source>Leave empty for SepSMS&apos;s standard text. Write {code} where the code goes and, if you like, {ref} for the reference.</source>
        <translation>留空則使用 SepSMS 的標準內容。請在放驗證碼的位置寫 {code}，也可以用 {ref} 放參考碼。</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>有效時間(&amp;V)：</translation>
    </message>
    <message>
        <source>Code &amp;length:</source>
        <translation>驗證碼長度(&amp;L)：</translation>
    </message>
    <message>
        <source>Code sent</source>
        <translation>已發送的驗證碼</translation>
    </message>
    <message>
        <source>Code received</source>
        <translation>收到的驗證碼</translation>
    </message>
    <message>
        <source>the code from the message</source>
        <translation>簡訊中的驗證碼</translation>
    </message>
    <message>
        <source>Ve&amp;rify</source>
        <translation>驗證(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>驗證碼(&amp;C)：</translation>
    </message>
    <message>
        <source>Enter the phone number to send the code to.</source>
        <translation>請輸入要接收驗證碼的手機號碼。</translation>
    </message>
    <message>
        <source>The message must contain {code} where SepSMS puts the code.</source>
        <translation>簡訊內容必須在 SepSMS 放入驗證碼的位置包含 {code}。</translation>
    </message>
    <message>
        <source>Sending the code… SepSMS allows 5 codes a minute, so this can take a few seconds after the previous one.</source>
        <translation>正在發送驗證碼…SepSMS 每分鐘只允許發送 5 組驗證碼，因此在上一組之後可能需要等幾秒鐘。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Code sent to {phone}. Reference: {ref}. Valid until {time}.</source>
        <translation>已將驗證碼發送到 {phone}。參考碼：{ref}。有效期限至 {time}。</translation>
    </message>
    <message>
        <source>Type the code the phone received, then choose Verify.</source>
        <translation>請輸入手機收到的驗證碼，然後選擇「驗證」。</translation>
    </message>
    <message>
        <source>Type the code the phone received.</source>
        <translation>請輸入手機收到的驗證碼。</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>正在檢查驗證碼…</translation>
    </message>
    <message>
        <source>Verified: the code is correct.</source>
        <translation>驗證成功：驗證碼正確。</translation>
    </message>
    <message>
        <source>Not verified: {reason}</source>
        <translation>驗證失敗：{reason}</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>Valid mobile number.</source>
        <translation>有效的手機號碼。</translation>
    </message>
    <message>
        <source>The phone number is missing. Fill it in or remove the row.</source>
        <translation>缺少手機號碼。請填入號碼或刪除這一列。</translation>
    </message>
    <message>
        <source>This is not a phone number (no digits found). Check that the right column is used.</source>
        <translation>這不是手機號碼（找不到任何數字）。請確認使用的是正確的欄位。</translation>
    </message>
    <message>
        <source>The spreadsheet shortened this number to scientific notation (such as 9.12E+08), so digits are lost. Format the column as Text, retype the number, and import again.</source>
        <translation>試算表把這個號碼縮短成科學記號（例如 9.12E+08），因此遺失了數字。請將該欄的格式設為「文字」，重新輸入號碼，再匯入一次。</translation>
    </message>
    <message>
        <source>The number has too few digits. Check for a missing digit.</source>
        <translation>號碼的位數太少。請檢查是否漏了數字。</translation>
    </message>
    <message>
        <source>The number has too many digits. Check for extra digits or two numbers typed together.</source>
        <translation>號碼的位數太多。請檢查是否多打了數字，或兩個號碼連在一起。</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Check the digits; for a number from another country add its country code (for example +852 for Hong Kong).</source>
        <translation>這不是有效的手機號碼。請檢查數字；若是其他國家的號碼，請加上國碼（例如香港為 +852）。</translation>
    </message>
    <message>
        <source>The country of this number is unknown. Add the country code, for example +886 for Taiwan.</source>
        <translation>不知道這個號碼屬於哪個國家。請加上國碼，例如台灣為 +886。</translation>
    </message>
    <message>
        <source>This is a landline number; landlines cannot receive SMS. Use the customer&apos;s mobile number.</source>
        <translation>這是市話號碼；市話無法接收簡訊。請使用客戶的手機號碼。</translation>
    </message>
    <message>
        <source>This number cannot receive SMS (toll-free, premium-rate, VoIP, pager or call-forwarding number). Use the customer&apos;s mobile number.</source>
        <translation>這個號碼無法接收簡訊（免付費、加值付費、網路電話、呼叫器或轉接號碼）。請使用客戶的手機號碼。</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Got this exact message {when}.</source>
        <translation>{when} 已收到這則相同的簡訊。</translation>
    </message>
    <message>
        <source>Template {template} with {values}</source>
        <translation>範本 {template}，值為 {values}</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>沒有值</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>帳號：{account}</translation>
    </message>
    <message>
        <source>Recipients: {n}</source>
        <translation>收件人：{n} 位</translation>
    </message>
    <message>
        <source>They get it again.</source>
        <translation>他們會再收到一次。</translation>
    </message>
    <message>
        <source>They are skipped.</source>
        <translation>已略過他們。</translation>
    </message>
    <message>
        <source>Skipped, {why}: {n}</source>
        <translation>略過（{why}）：{n} 位</translation>
    </message>
    <message>
        <source>{value}: {why}</source>
        <translation>{value}：{why}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>…還有 {n} 位</translation>
    </message>
    <message>
        <source>Segments: {segments} in total (up to {max} per message)</source>
        <translation>段數：共 {segments} 段（每則最多 {max} 段）</translation>
    </message>
    <message>
        <source>Estimated cost: {points} {unit} (last known balance {balance})</source>
        <translation>預估費用：{points} {unit}（最後一次查到的餘額為 {balance}）</translation>
    </message>
    <message>
        <source>Estimated cost: {points} {unit}</source>
        <translation>預估費用：{points} {unit}</translation>
    </message>
    <message>
        <source>Scheduled for {when} ({offset})</source>
        <translation>預約時間：{when}（{offset}）</translation>
    </message>
    <message>
        <source>This vendor has no scheduling of its own: SMS Desk sends at that time, so the app must be running then, or “smsdesk-cli run-due” must run (from cron or the Task Scheduler).</source>
        <translation>這家廠商本身沒有預約功能：SMS Desk 會在指定時間發送，因此屆時程式必須保持開啟，或讓「smsdesk-cli run-due」執行（由 cron 或「工作排程器」啟動）。</translation>
    </message>
    <message>
        <source>Send: now</source>
        <translation>發送：立即</translation>
    </message>
    <message>
        <source>First message:</source>
        <translation>第一則簡訊：</translation>
    </message>
    <message>
        <source>not a valid mobile number</source>
        <translation>不是有效的手機號碼</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>重複列出</translation>
    </message>
    <message>
        <source>asked not to receive messages</source>
        <translation>已要求不要收到簡訊</translation>
    </message>
    <message>
        <source>the vendor cannot take it</source>
        <translation>廠商無法接受</translation>
    </message>
    <message>
        <source>got this exact message recently</source>
        <translation>最近已收到這則相同的簡訊</translation>
    </message>
    <message>
        <source>a template value is empty</source>
        <translation>範本值是空的</translation>
    </message>
    <message>
        <source>There is no contact list named “{name}”.</source>
        <translation>沒有名為「{name}」的聯絡人名單。</translation>
    </message>
    <message>
        <source>{vendor} sends only approved templates: choose a template.</source>
        <translation>{vendor} 只能發送審核通過的範本：請選擇範本。</translation>
    </message>
    <message>
        <source>{vendor} sends free text, not templates: write the message instead.</source>
        <translation>{vendor} 發送自由文字，不使用範本：請直接輸入簡訊內容。</translation>
    </message>
    <message>
        <source>The message is empty. Write what you want to say.</source>
        <translation>簡訊內容是空的。請輸入您要傳達的內容。</translation>
    </message>
    <message>
        <source>Already in this send.</source>
        <translation>已在這次發送中。</translation>
    </message>
    <message>
        <source>This number asked not to receive messages.</source>
        <translation>這個門號已要求不要再收到簡訊。</translation>
    </message>
    <message>
        <source>{n} recipients have an empty value for a placeholder; their message has a blank there.</source>
        <translation>有 {n} 位收件人的某個變數值是空的；他們的簡訊在該處會是空白。</translation>
    </message>
    <message>
        <source>The template&apos;s text is not known here, so the cost counts 1 point per recipient; a long template costs more. Enter the template text in the account settings for an exact estimate.</source>
        <translation>這裡不知道範本的內容，因此費用以每位收件人 1 點計算；較長的範本費用會更高。請在帳號設定中輸入範本內容，以取得精確的估算。</translation>
    </message>
    <message>
        <source>The account uses Tencent Cloud&apos;s default signature, which is not counted in the estimate: a long message may cost one more part.</source>
        <translation>這個帳號使用 Tencent Cloud 的預設簽名，估算中沒有計入簽名：較長的簡訊可能會多一段的費用。</translation>
    </message>
    <message>
        <source>The balance is {balance}: the vendor will refuse the send. Top up first.</source>
        <translation>餘額是 {balance}：簡訊商會拒絕這次發送。請先儲值。</translation>
    </message>
    <message>
        <source>The estimated cost is more than the last known balance: the vendor may refuse part of the send.</source>
        <translation>預估費用超過最後一次查到的餘額：廠商可能會拒絕部分發送。</translation>
    </message>
    <message>
        <source>After this send about {left} are left, under the low-balance warning of {low}: top up soon.</source>
        <translation>這次發送後約剩 {left}，低於餘額偏低提醒的 {low}：請儘快儲值。</translation>
    </message>
    <message>
        <source>{when} is inside the quiet hours ({hours}). Choose {next} or later, or confirm that you want to send during quiet hours.</source>
        <translation>{when} 在勿擾時段（{hours}）內。請選擇 {next} 或之後的時間，或確認您要在勿擾時段發送。</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
    <message>
        <source>SMS Desk did not send anything: template {template} needs a value for {names}; without one the customer would get the placeholder itself. Fill in every value next to the template in Compose, or give --param {example}=VALUE on the command line. A value may name a column of the list in braces, such as {{name}}, to give each person their own.</source>
        <translation>SMS Desk 沒有發送任何簡訊：範本 {template} 需要 {names} 的值；沒有值的話，客戶會直接收到佔位符本身。請在「撰寫」中範本旁邊填好每一個值，或在命令列用 --param {example}=值 指定。值也可以用大括號寫名單的欄位名稱，例如 {{name}}，讓每個人收到自己的值。</translation>
    </message>
    <message>
        <source>No value for {names}: the list&apos;s column {columns} is empty for this person. Fill it in the list, or give a value that does not use that column.</source>
        <translation>{names} 沒有值：這個人在名單的 {columns} 欄位是空的。請在名單中填好，或改用不依賴這個欄位的值。</translation>
    </message>
    <message>
        <source>No value for {names} for this person. Fill it in and plan the send again.</source>
        <translation>這個人的 {names} 沒有值。請填好後重新規劃發送。</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>上一位收件人</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>下一位收件人</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>簡訊預覽</translation>
    </message>
    <message>
        <source>Reading the ticked lists…</source>
        <translation>正在讀取已勾選的名單…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln 位收件人</numerusform>
        </translation>
    </message>
    <message>
        <source>No recipients yet: this is the message as written.</source>
        <translation>還沒有收件人：這是目前輸入的簡訊內容。</translation>
    </message>
    <message>
        <source>{i} of {n}: {who}</source>
        <translation>第 {i} 位，共 {n} 位：{who}</translation>
    </message>
    <message>
        <source>Template {id} with {values}</source>
        <translation>範本 {id}，值為 {values}</translation>
    </message>
    <message>
        <source>No value for {names} for this recipient: it will be blank.</source>
        <translation>這位收件人沒有 {names} 的值：該處會是空白。</translation>
    </message>
    <message>
        <source>Preview ({counts})</source>
        <translation>預覽（{counts}）</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Preview of the first rows</source>
        <translation>前幾列的預覽</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Number to send to</source>
        <translation>發送門號</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>{number} (same as row {row}; imported once)</source>
        <translation>{number}（與第 {row} 列相同；只匯入一次）</translation>
    </message>
    <message>
        <source>This cell holds more than one number; only this one is imported. Also in the cell: {extra}</source>
        <translation>這個儲存格有一個以上的門號；只會匯入這一個。儲存格中還有：{extra}</translation>
    </message>
    <message>
        <source>Headings found on row {row}.</source>
        <translation>在第 {row} 列找到標題。</translation>
    </message>
    <message>
        <source>No heading row found: the columns are named by their letters.</source>
        <translation>找不到標題列：欄位以欄的字母命名。</translation>
    </message>
    <message>
        <source>The first {n} rows: {ok} different usable numbers.</source>
        <translation>前 {n} 列中：有 {ok} 個不同的可用門號。</translation>
    </message>
    <message>
        <source>Also kept for personalising messages: {columns}.</source>
        <translation>同時保留供個人化簡訊使用的欄位：{columns}。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecipientsEditing</name>
    <message>
        <source>New list</source>
        <translation>新增名單</translation>
    </message>
    <message>
        <source>Name of the new list:</source>
        <translation>新名單的名稱：</translation>
    </message>
    <message>
        <source>The list “{name}” was created.</source>
        <translation>已建立名單「{name}」。</translation>
    </message>
    <message>
        <source>Rename list</source>
        <translation>重新命名名單</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>「{name}」的新名稱：</translation>
    </message>
    <message>
        <source>The list is now called “{name}”.</source>
        <translation>名單已重新命名為「{name}」。</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>刪除名單</translation>
    </message>
    <message>
        <source>Delete the list “{name}” and its {count} contacts? This cannot be undone. The opt-out list and messages already sent are not affected.</source>
        <translation>要刪除名單「{name}」及其中的 {count} 位聯絡人嗎？這個動作無法復原。退訂名單和已發送的簡訊不受影響。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>The list “{name}” and its {count} contacts were deleted.</source>
        <translation>已刪除名單「{name}」及其中的 {count} 位聯絡人。</translation>
    </message>
    <message>
        <source>Merged {lists} into “{name}”: {count} new contacts there.</source>
        <translation>已將 {lists} 合併到「{name}」：新增了 {count} 位聯絡人。</translation>
    </message>
    <message>
        <source>{phone} was added to the list.</source>
        <translation>已將 {phone} 加入名單。</translation>
    </message>
    <message>
        <source>The contact could not be saved ({error}). Try again.</source>
        <translation>無法儲存聯絡人（{error}）。請再試一次。</translation>
    </message>
    <message>
        <source>Type at least one number, one per line.</source>
        <translation>請至少輸入一個門號，每行一個。</translation>
    </message>
    <message>
        <source>{added} numbers added to the opt-out list.</source>
        <translation>已將 {added} 個門號加入退訂名單。</translation>
    </message>
    <message>
        <source>{n} were on it already.</source>
        <translation>有 {n} 個原本就已在名單中。</translation>
    </message>
    <message>
        <source>Take {n} numbers off the opt-out list? They can be sent messages again.</source>
        <translation>要將 {n} 個門號從退訂名單中移除嗎？移除後就可以再發送簡訊給它們。</translation>
    </message>
    <message>
        <source>{n} numbers were taken off the opt-out list.</source>
        <translation>已將 {n} 個門號從退訂名單中移除。</translation>
    </message>
    <message>
        <source>Remove {n} contacts from “{name}”? Their numbers are not opted out; they are only taken off this list.</source>
        <translation>要從「{name}」移除 {n} 位聯絡人嗎？他們的門號不會被退訂，只是從這份名單中移除。</translation>
    </message>
    <message>
        <source>{n} contacts were removed.</source>
        <translation>已移除 {n} 位聯絡人。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>RecipientsPicker</name>
    <message>
        <source>Contact lists</source>
        <translation>聯絡人名單</translation>
    </message>
    <message>
        <source>Tick the saved lists to send to</source>
        <translation>勾選要發送的已儲存名單</translation>
    </message>
    <message>
        <source>And/or phone numbers, one per line (0912-345-678, +886 912 345 678 …)</source>
        <translation>也可以輸入手機號碼，每行一個（0912-345-678、+886 912 345 678 …）</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <source>Columns: {columns}</source>
        <translation>欄位：{columns}</translation>
    </message>
    <message>
        <source>No saved lists yet: import one on the Recipients tab.</source>
        <translation>還沒有已儲存的名單：請在「收件人」分頁中匯入。</translation>
    </message>
    <message>
        <source>The list could not be read</source>
        <translation>無法讀取名單</translation>
    </message>
    <message>
        <source>{lists} from lists, {typed} typed</source>
        <translation>來自名單 {lists} 位，手動輸入 {typed} 位</translation>
    </message>
</context>
<context>
    <name>RecipientsTab</name>
    <message>
        <source>Contact lists</source>
        <translation>聯絡人名單</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Create an empty list and add contacts by hand</source>
        <translation>建立空白名單並手動新增聯絡人</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合併…</translation>
    </message>
    <message>
        <source>Copy the contacts of other lists into this one</source>
        <translation>將其他名單的聯絡人複製到這份名單</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Excel or CSV; you can also drop the file on this tab</source>
        <translation>Excel 或 CSV；也可以把檔案拖放到這個分頁</translation>
    </message>
    <message>
        <source>No contact lists yet</source>
        <translation>還沒有聯絡人名單</translation>
    </message>
    <message>
        <source>Import your customer spreadsheet (Excel or CSV) to make a list. Phone numbers are cleaned up for you: a lost leading zero, full-width digits and +886 are all fine.</source>
        <translation>匯入您的客戶試算表（Excel 或 CSV）來建立名單。手機號碼會自動整理：少了開頭的 0、全形數字或 +886 都沒問題。</translation>
    </message>
    <message>
        <source>Search number, name or any column (Ctrl+F)</source>
        <translation>搜尋門號、姓名或任何欄位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>搜尋聯絡人</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>新增聯絡人…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>移除選取的項目</translation>
    </message>
    <message>
        <source>Import numbers…</source>
        <translation>匯入門號…</translation>
    </message>
    <message>
        <source>Add every number of a spreadsheet or CSV file to the opt-out list</source>
        <translation>將試算表或 CSV 檔案中的每個門號加入退訂名單</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>That did not work ({error}). Nothing was changed. Try again.</source>
        <translation>操作沒有成功（{error}）。沒有變更任何資料。請再試一次。</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <source>{count} contacts; updated {time}</source>
        <translation>{count} 位聯絡人；更新於 {time}</translation>
    </message>
    <message>
        <source>Opt-out list ({count})</source>
        <translation>退訂名單（{count}）</translation>
    </message>
    <message>
        <source>Numbers that are never sent messages, from any account</source>
        <translation>任何帳號都絕不會發送簡訊的門號</translation>
    </message>
    <message>
        <source>Choose a list on the left</source>
        <translation>請在左側選擇一份名單</translation>
    </message>
    <message>
        <source>Opt-out list</source>
        <translation>退訂名單</translation>
    </message>
    <message>
        <source>{count} numbers. Nobody here is sent messages, from any account or vendor, even when the number is in a list.</source>
        <translation>{count} 個門號。即使門號在名單中，這裡的人也不會從任何帳號或廠商收到簡訊。</translation>
    </message>
    <message>
        <source>Search number or note (Ctrl+F)</source>
        <translation>搜尋門號或備註（Ctrl+F）</translation>
    </message>
    <message>
        <source>{count} contacts.</source>
        <translation>{count} 位聯絡人。</translation>
    </message>
    <message>
        <source>Columns for personalising messages: {columns}.</source>
        <translation>可用於個人化簡訊的欄位：{columns}。</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”.</source>
        <translation>沒有符合「{query}」的項目。</translation>
    </message>
    <message>
        <source>Nobody has opted out yet. Replies such as “退訂” or STOP add numbers here; you can also add them by hand.</source>
        <translation>還沒有人退訂。客戶回覆「退訂」或 STOP 之類的內容時，門號會加到這裡；您也可以手動新增。</translation>
    </message>
    <message>
        <source>This list is empty. Add contacts by hand, or import a spreadsheet into it.</source>
        <translation>這份名單是空的。請手動新增聯絡人，或匯入試算表到這份名單。</translation>
    </message>
    <message>
        <source>Add numbers…</source>
        <translation>新增門號…</translation>
    </message>
    <message>
        <source>One file at a time: importing {name} now; drop the others after it.</source>
        <translation>一次只能匯入一個檔案：正在匯入 {name}；請在完成後再拖放其他檔案。</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>匯入試算表…</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Taiwan (+886)</source>
        <translation>台灣（+886）</translation>
    </message>
    <message>
        <source>Hong Kong (+852)</source>
        <translation>香港（+852）</translation>
    </message>
    <message>
        <source>Macau (+853)</source>
        <translation>澳門（+853）</translation>
    </message>
    <message>
        <source>Mainland China (+86)</source>
        <translation>中國大陸（+86）</translation>
    </message>
    <message>
        <source>Japan (+81)</source>
        <translation>日本（+81）</translation>
    </message>
    <message>
        <source>South Korea (+82)</source>
        <translation>南韓（+82）</translation>
    </message>
    <message>
        <source>Singapore (+65)</source>
        <translation>新加坡（+65）</translation>
    </message>
    <message>
        <source>Malaysia (+60)</source>
        <translation>馬來西亞（+60）</translation>
    </message>
    <message>
        <source>Thailand (+66)</source>
        <translation>泰國（+66）</translation>
    </message>
    <message>
        <source>Vietnam (+84)</source>
        <translation>越南（+84）</translation>
    </message>
    <message>
        <source>Philippines (+63)</source>
        <translation>菲律賓（+63）</translation>
    </message>
    <message>
        <source>Indonesia (+62)</source>
        <translation>印尼（+62）</translation>
    </message>
    <message>
        <source>United States / Canada (+1)</source>
        <translation>美國／加拿大（+1）</translation>
    </message>
    <message>
        <source>United Kingdom (+44)</source>
        <translation>英國（+44）</translation>
    </message>
    <message>
        <source>Australia (+61)</source>
        <translation>澳洲（+61）</translation>
    </message>
</context>
<context>
    <name>Repeats</name>
    <message>
        <source>today at {time}</source>
        <translation>在今天 {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>在昨天 {time}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>預定在 {date}</translation>
    </message>
    <message>
        <source>on {when}</source>
        <translation>在 {when}</translation>
    </message>
    <message>
        <source>{n} of these {total} people got this exact message {when}.</source>
        <translation>這 {total} 人中有 {n} 人{when} 已收到這則相同的簡訊。</translation>
    </message>
</context>
<context>
    <name>RepliesTab</name>
    <message>
        <source>Search phone, name or text</source>
        <translation>搜尋門號、姓名或內容</translation>
    </message>
    <message>
        <source>Search replies</source>
        <translation>搜尋回覆</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>只顯示未讀</translation>
    </message>
    <message>
        <source>Check for replies</source>
        <translation>檢查回覆</translation>
    </message>
    <message>
        <source>Ask every account that can receive replies (F5)</source>
        <translation>詢問每個可以接收回覆的帳號（F5）</translation>
    </message>
    <message>
        <source>Receiver addresses…</source>
        <translation>接收器位址…</translation>
    </message>
    <message>
        <source>The addresses to enter in each vendor&apos;s console so that it sends delivery reports and replies to SMS Desk</source>
        <translation>要在各廠商主控台中輸入的位址，讓廠商把送達報告和回覆傳送到 SMS Desk</translation>
    </message>
    <message>
        <source>When customers answer your messages, their replies appear here, grouped by phone number, so you can answer them by hand. Replies are checked every minute; SMS-Get and Tencent Cloud replies need the callback receiver (Settings).</source>
        <translation>客戶回覆您的簡訊時，回覆會依手機號碼分組顯示在這裡，方便您逐一回覆。系統每分鐘檢查一次回覆；SMS-Get 和 Tencent Cloud 的回覆需要回呼接收器（設定）。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>最後回覆</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Add to opt-out list</source>
        <translation>加入退訂名單</translation>
    </message>
    <message>
        <source>Never send this number messages again, from any account</source>
        <translation>不再傳送簡訊給這個門號（所有帳號皆適用）</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>對話內容</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>Write to this customer on the Compose tab, from the same account</source>
        <translation>在「撰寫」分頁中用同一個帳號寫簡訊給這位客戶</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>標示為已處理</translation>
    </message>
    <message>
        <source>Note that this conversation needs nothing more from you (it shows as Handled in the list)</source>
        <translation>標記這段對話已處理完畢，不需要再處理（清單中會顯示「已處理」）</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>標示為未讀</translation>
    </message>
    <message>
        <source>Show this conversation as new again, to come back to it later</source>
        <translation>將這段對話重新標為新訊息，方便稍後回來處理</translation>
    </message>
    <message>
        <source>Callback receiver addresses</source>
        <translation>回呼接收器位址</translation>
    </message>
    <message>
        <source>Enter each address where the vendor&apos;s console asks for a callback or webhook URL. Each address carries a secret part: keep it private, like a password.</source>
        <translation>請在廠商主控台要求填寫回呼或 Webhook 網址的地方輸入各個位址。每個位址都含有機密部分：請像密碼一樣妥善保管。</translation>
    </message>
    <message>
        <source>No account can push reports.</source>
        <translation>沒有可以推送報告的帳號。</translation>
    </message>
    <message>
        <source>Callback addresses</source>
        <translation>回呼位址</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>處理者</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>{n} 則新回覆</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>已退訂</translation>
    </message>
    <message>
        <source>Asked to stop</source>
        <translation>要求停止</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已處理</translation>
    </message>
    <message>
        <source>The desk (computer) and user that marked the conversation handled</source>
        <translation>將這段對話標為已處理的櫃台（電腦）與使用者</translation>
    </message>
    <message>
        <source>Replies ({n})</source>
        <translation>回覆（{n}）</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>請選擇一段對話</translation>
    </message>
    <message>
        <source>Last message we sent ({when}, {account}, {state}): {text}</source>
        <translation>我們最後發送的簡訊（{when}，{account}，{state}）：{text}</translation>
    </message>
    <message>
        <source>SMS Desk has not sent this number a message.</source>
        <translation>SMS Desk 還沒有發送過簡訊給這個門號。</translation>
    </message>
    <message>
        <source>Mark not handled</source>
        <translation>標示為未處理</translation>
    </message>
    <message>
        <source>This number is on the opt-out list: it gets no more messages.</source>
        <translation>這個門號在退訂名單中：不會再收到任何簡訊。</translation>
    </message>
    <message>
        <source>This customer replied with an opt-out keyword. Add the number to the opt-out list so it gets no more messages?</source>
        <translation>這位客戶回覆了退訂關鍵字。要將這個門號加入退訂名單，讓它不再收到簡訊嗎？</translation>
    </message>
    <message>
        <source>We sent</source>
        <translation>我們</translation>
    </message>
    <message>
        <source>The number was added to the opt-out list.</source>
        <translation>已將這個門號加入退訂名單。</translation>
    </message>
    <message>
        <source>{n} new replies</source>
        <translation>{n} 則新回覆</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>新回覆</translation>
    </message>
    <message>
        <source>Open the Replies tab to read and answer them.</source>
        <translation>開啟「回覆」分頁來閱讀並回覆。</translation>
    </message>
    <message>
        <source>{n} asked to stop and were added to the opt-out list.</source>
        <translation>有 {n} 位要求停止，已加入退訂名單。</translation>
    </message>
    <message>
        <source>{n} asked to stop; confirm on the Replies tab.</source>
        <translation>有 {n} 位要求停止；請在「回覆」分頁中確認。</translation>
    </message>
    <message>
        <source>No replies yet</source>
        <translation>還沒有回覆</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回覆</translation>
    </message>
</context>
<context>
    <name>Resolution</name>
    <message>
        <source>Resolved from the vendor&apos;s delivery report at {time}.</source>
        <translation>已依廠商 {time} 的送達回報確定結果。</translation>
    </message>
    <message>
        <source>Resolved by checking with the vendor at {time}.</source>
        <translation>已於 {time} 向廠商查詢並確定結果。</translation>
    </message>
    <message>
        <source>Still unknown: {count} messages to this number on this account have an unknown outcome from the same time, so the vendor&apos;s report at {time} cannot tell which one it is about. Check the vendor&apos;s console before sending again.</source>
        <translation>仍不明：這個帳號同一時段有 {count} 則發給這個號碼的簡訊結果不明，廠商 {time} 的回報無法判斷是哪一則。重新發送前，請先到廠商後台確認。</translation>
    </message>
    <message>
        <source>Still unknown: when checked at {time}, the vendor listed {count} messages to this number from that time, so SMS Desk cannot tell which one was ours. Check the vendor&apos;s console before sending again.</source>
        <translation>仍不明：{time} 查詢時，廠商列出同一時段發給這個號碼的 {count} 則簡訊，SMS Desk 無法判斷哪一則是這次發送的。重新發送前，請先到廠商後台確認。</translation>
    </message>
    <message>
        <source>Still unknown: when checked at {time}, the vendor listed no message to this number from that time yet. Its report may still come; check again later.</source>
        <translation>仍不明：{time} 查詢時，廠商尚未列出同一時段發給這個號碼的簡訊。回報可能稍後才到，請稍後再查詢一次。</translation>
    </message>
    <message>
        <source>finding a message by its phone number</source>
        <translation>依電話號碼查詢簡訊</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>SMS Desk could not find its file {name} (looked in: {folders}). The installation is incomplete; please reinstall SMS Desk.</source>
        <translation>SMS Desk 找不到它的檔案 {name}（已搜尋：{folders}）。安裝不完整；請重新安裝 SMS Desk。</translation>
    </message>
</context>
<context>
    <name>SMS-Get</name>
    <message>
        <source>{phone} is not a complete international phone number. Check the number in the list.</source>
        <translation>{phone} 不是完整的國際電話號碼。請檢查名單中的號碼。</translation>
    </message>
    <message>
        <source>Two-way messages can only go to Taiwan mobile numbers, so {phone} was not sent. Send to it without two-way, or remove it.</source>
        <translation>雙向簡訊只能發送到台灣的手機門號，因此沒有發送給 {phone}。請改用非雙向方式發送給它，或將它移除。</translation>
    </message>
    <message>
        <source>SMS-Get cannot deliver to {phone}: it only reaches Taiwan, China, Hong Kong, Macau, Japan, Malaysia, Vietnam, Indonesia, Thailand, Australia, Singapore, the Philippines, the United Arab Emirates, Cambodia, the United States and South Korea. Use another vendor for this number.</source>
        <translation>SMS-Get 無法發送到 {phone}：它只能送達台灣、中國、香港、澳門、日本、馬來西亞、越南、印尼、泰國、澳洲、新加坡、菲律賓、阿拉伯聯合大公國、柬埔寨、美國和南韓。請用其他廠商發送給這個門號。</translation>
    </message>
    <message>
        <source>{phone} does not look like a {country} mobile number as SMS-Get expects it (for example {example}, {digits} digits). Check the number in the list.</source>
        <translation>{phone} 看起來不是 SMS-Get 所要求格式的{country}手機號碼（例如 {example}，共 {digits} 位數）。請檢查名單中的號碼。</translation>
    </message>
    <message>
        <source>SMS-Get needs a scheduled time at least one minute in the future (it schedules to the minute, Taiwan time). Pick a later time.</source>
        <translation>SMS-Get 的預約時間至少要在一分鐘之後（以台灣時間計算，精確到分鐘）。請選擇較晚的時間。</translation>
    </message>
    <message>
        <source>The server address in the account settings does not offer the SMS-Get API (HTTP {status}). Check or clear the address; nothing was sent.</source>
        <translation>帳號設定中的伺服器位址沒有提供 SMS-Get API（HTTP {status}）。請檢查或清除該位址；沒有發送任何簡訊。</translation>
    </message>
    <message>
        <source>SMS-Get&apos;s answer had no result code, so it is not known whether the messages were accepted. They will not be resent automatically; check the sending record on sms-get.com before sending again.</source>
        <translation>SMS-Get 的回應中沒有結果代碼，因此不知道簡訊是否已被接受。系統不會自動重新發送；再次發送之前，請先到 sms-get.com 查看發送紀錄。</translation>
    </message>
    <message>
        <source>SMS-Get&apos;s answer could not be read. Try again in a few minutes.</source>
        <translation>無法讀取 SMS-Get 的回應。請幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>The message is empty. Type the message text and send again.</source>
        <translation>簡訊內容是空的。請輸入簡訊內容後再發送一次。</translation>
    </message>
    <message>
        <source>SMS-Get reported success without a message ID, so the messages cannot be tracked. They will not be resent automatically; check the sending record on sms-get.com.</source>
        <translation>SMS-Get 回報成功，但沒有簡訊編號，因此無法追蹤這些簡訊。系統不會自動重新發送；請到 sms-get.com 查看發送紀錄。</translation>
    </message>
    <message>
        <source>SMS-Get answered the balance query without a balance. Check the balance on sms-get.com.</source>
        <translation>SMS-Get 回應了餘額查詢，但沒有提供餘額。請到 sms-get.com 查看餘額。</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>The number is not in service (practice: numbers ending in 000 fail). Check the number with the customer.</source>
        <translation>這個門號已停用（練習：結尾為 000 的門號會失敗）。請向客戶確認號碼。</translation>
    </message>
    <message>
        <source>The phone was off or out of reach until the message expired (practice: numbers ending in 444). Try again later.</source>
        <translation>直到簡訊逾時前，手機都處於關機或收不到訊號的狀態（練習：結尾為 444 的門號）。請稍後再試一次。</translation>
    </message>
    <message>
        <source>The Sandbox has {credit} practice points left and this needs {needed}. Use “Top up the Sandbox” on the Balances tab to get more.</source>
        <translation>Sandbox 只剩 {credit} 點練習點數，這次需要 {needed} 點。請在「餘額」分頁中使用「為 Sandbox 加值」取得更多點數。</translation>
    </message>
    <message>
        <source>The Sandbox is ready: {credit} practice points left. Nothing is really sent.</source>
        <translation>Sandbox 已就緒：剩餘 {credit} 點練習點數。不會真的發送任何簡訊。</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The scheduled time {when} has already passed. Choose a time in the future.</source>
        <translation>預約時間 {when} 已經過了。請選擇未來的時間。</translation>
    </message>
    <message>
        <source>{vendor} only accepts a scheduled time in the future (to the minute, Taiwan time), and {when} Taiwan time has already passed. Choose a later time.</source>
        <translation>{vendor} 只接受未來的預約時間（以台灣時間計算，精確到分鐘），而台灣時間 {when} 已經過了。請選擇較晚的時間。</translation>
    </message>
    <message>
        <source>{vendor} only accepts a scheduled time in the future, and {when} has already passed. Choose a later time.</source>
        <translation>{vendor} 只接受未來的預約時間，而 {when} 已經過了。請選擇較晚的時間。</translation>
    </message>
    <message>
        <source>Submitting this job takes about {minutes} minutes, so {when} is too soon. Choose {earliest} or later.</source>
        <translation>送出這個工作大約需要 {minutes} 分鐘，因此 {when} 太早了。請選擇 {earliest} 或之後的時間。</translation>
    </message>
    <message>
        <source>{vendor} only accepts a scheduled time at least {minutes} minutes from now. Choose {earliest} or later, or send now.</source>
        <translation>{vendor} 的預約時間至少要在 {minutes} 分鐘之後。請選擇 {earliest} 或之後的時間，或立即發送。</translation>
    </message>
    <message>
        <source>{vendor} only accepts a scheduled time up to {days} days ahead. Choose a time before {latest}.</source>
        <translation>{vendor} 的預約時間最多只能在 {days} 天之內。請選擇 {latest} 之前的時間。</translation>
    </message>
    <message>
        <source>{when} is inside the quiet hours ({hours}) when no messages are sent. Choose {next} or later.</source>
        <translation>{when} 在不發送簡訊的勿擾時段（{hours}）內。請選擇 {next} 或之後的時間。</translation>
    </message>
</context>
<context>
    <name>SchedulePicker</name>
    <message>
        <source>Send &amp;now</source>
        <translation>立即發送(&amp;N)</translation>
    </message>
    <message>
        <source>Send &amp;later:</source>
        <translation>預約發送(&amp;L)：</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>發送時間</translation>
    </message>
    <message>
        <source>The time is in this computer&apos;s time zone</source>
        <translation>時間以這台電腦的時區為準</translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation>是哪一個？</translation>
    </message>
    <message>
        <source>Which of the two times</source>
        <translation>兩個時間中的哪一個</translation>
    </message>
    <message>
        <source>Send during &amp;quiet hours anyway</source>
        <translation>仍要在勿擾時段發送(&amp;Q)</translation>
    </message>
    <message>
        <source>Choose it in the list next to the time.</source>
        <translation>請在時間旁的清單中選擇。</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone: {zone}</source>
        <translation>這台電腦的時區：{zone}</translation>
    </message>
    <message>
        <source>{when} is inside the quiet hours ({hours}, Taiwan time), when customers should not be disturbed. Choose {next} or later, or tick the box to send anyway.</source>
        <translation>{when} 在勿擾時段（{hours}，台灣時間）內，這段時間不應打擾客戶。請選擇 {next} 或之後的時間，或勾選方塊仍要發送。</translation>
    </message>
    <message>
        <source>{vendor} keeps it and sends at {when} Taiwan time (to the minute).</source>
        <translation>{vendor} 會保留這則簡訊，並在台灣時間 {when} 發送（精確到分鐘）。</translation>
    </message>
    <message>
        <source>{vendor} keeps it and sends at that time ({least} minutes to {most} days from now).</source>
        <translation>{vendor} 會保留這則簡訊，並在指定時間發送（可設定 {least} 分鐘到 {most} 天之後）。</translation>
    </message>
    <message>
        <source>{vendor} keeps it and sends at that time.</source>
        <translation>{vendor} 會保留這則簡訊，並在指定時間發送。</translation>
    </message>
    <message>
        <source>{vendor} cannot schedule messages itself: SMS Desk sends them at that time, so the app must be running then (on this computer, awake).</source>
        <translation>{vendor} 本身無法預約發送：SMS Desk 會在指定時間發送，因此屆時程式必須在這台電腦上保持開啟（電腦不能進入睡眠）。</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Job {job}: its scheduled time has come, sending now.</source>
        <translation>工作 {job}：預約時間已到，現在開始發送。</translation>
    </message>
    <message>
        <source>Scheduled job {job}: {submitted} submitted, {failed} failed, {unknown} unknown; {cost}.</source>
        <translation>預約工作 {job}：{submitted} 則已送出，{failed} 則失敗，{unknown} 則不明；費用 {cost}。</translation>
    </message>
    <message>
        <source>A scheduled job could not be sent: {error}</source>
        <translation>有一個預約工作無法發送：{error}</translation>
    </message>
    <message>
        <source>job {job} (scheduled for {when}, {minutes} minutes ago)</source>
        <translation>工作 {job}（預約於 {when}，已過了 {minutes} 分鐘）</translation>
    </message>
    <message>
        <source>SMS Desk was not running when these scheduled messages were due, so they were not sent: {jobs}. Send them now, late?

If not, they stay scheduled and SMS Desk asks again the next time it starts; you can also cancel them on the Status tab.</source>
        <translation>這些預約訊息到期時 SMS Desk 沒有執行，所以沒有發送：{jobs}。要現在延後發送嗎？

若不發送，它們會維持預約狀態，SMS Desk 下次啟動時會再詢問；您也可以在「狀態」分頁取消。</translation>
    </message>
    <message>
        <source>Send late scheduled messages?</source>
        <translation>要發送逾時的預約訊息嗎？</translation>
    </message>
    <message>
        <source>Send them now</source>
        <translation>現在發送</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暫時不要</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>The message is empty. Write the text before sending.</source>
        <translation>簡訊內容是空的。請先輸入內容再發送。</translation>
    </message>
    <message>
        <source>The message is {chars} characters long; Tencent Cloud SMS accepts at most {limit} characters (signature included). Shorten it by {over} characters.</source>
        <translation>這則簡訊有 {chars} 個字；Tencent Cloud SMS 最多接受 {limit} 個字（包含簽名）。請刪減 {over} 個字。</translation>
    </message>
    <message>
        <source>TwSMS cannot send long messages to numbers outside Taiwan: at most {limit} characters for {phone} (the message has {chars}). Shorten the message or send to this number separately.</source>
        <translation>TwSMS 無法發送長簡訊到台灣以外的門號：發送給 {phone} 最多 {limit} 個字（這則簡訊有 {chars} 個字）。請縮短簡訊，或另外發送給這個門號。</translation>
    </message>
    <message>
        <source>Long messages are turned off for this TwSMS account, so a message can have at most {limit} characters (this one has {chars}). Shorten it or turn long messages on.</source>
        <translation>這個 TwSMS 帳號已關閉長簡訊，因此一則簡訊最多 {limit} 個字（這則有 {chars} 個字）。請縮短簡訊或開啟長簡訊。</translation>
    </message>
    <message>
        <source>The message is {chars} characters long; TwSMS accepts at most {limit} characters of English text. Shorten it by {over} characters.</source>
        <translation>這則簡訊有 {chars} 個字；TwSMS 的英文簡訊最多接受 {limit} 個字。請刪減 {over} 個字。</translation>
    </message>
    <message>
        <source>The message is {chars} characters long; TwSMS accepts at most {limit} characters when the text contains Chinese or other non-English characters. Shorten it by {over} characters.</source>
        <translation>這則簡訊有 {chars} 個字；內容含有中文或其他非英文字元時，TwSMS 最多接受 {limit} 個字。請刪減 {over} 個字。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>依照系統設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect after SMS Desk is restarted.</source>
        <translation>新的語言會在重新啟動 SMS Desk 後生效。</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>Appeara&amp;nce:</source>
        <translation>外觀(&amp;N)：</translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation>手機號碼的預設國家</translation>
    </message>
    <message>
        <source>Default &amp;country for phone numbers:</source>
        <translation>手機號碼的預設國家(&amp;C)：</translation>
    </message>
    <message>
        <source>Show a notification when a send finishes or a reply arrives</source>
        <translation>發送完成或收到回覆時顯示通知</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>通知：</translation>
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation>退訂關鍵字</translation>
    </message>
    <message>
        <source>Comma-separated. A plain word counts only when it is the whole reply (any case, full-width or not, punctuation ignored); a word with * in front counts anywhere in the reply.</source>
        <translation>以逗號分隔。一般字詞只在整則回覆就是它時才算（不分大小寫、全形半形，忽略標點）；前面加 * 的字詞出現在回覆中任何位置都算。</translation>
    </message>
    <message>
        <source>&amp;Opt-out keywords:</source>
        <translation>退訂關鍵字(&amp;O)：</translation>
    </message>
    <message>
        <source>Ask before adding a number to the opt-out list</source>
        <translation>將門號加入退訂名單前先詢問</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>勿擾時段</translation>
    </message>
    <message>
        <source>Do not send during quiet hours</source>
        <translation>勿擾時段不發送</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>勿擾時段開始</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>勿擾時段結束</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>從(&amp;F)：</translation>
    </message>
    <message>
        <source>Un&amp;til:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Taiwan time. Sends planned inside these hours are held until they end unless you confirm. 21:00 to 08:00 crosses midnight.</source>
        <translation>台灣時間。排在這段時間內的發送會暫緩到時段結束，除非您確認要發送。21:00 到 08:00 會跨過午夜。</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Repeat guard</source>
        <translation>重複發送防護</translation>
    </message>
    <message>
        <source>Skip people who got the same message in the last:</source>
        <translation>略過最近這段時間內已收到相同簡訊的人：</translation>
    </message>
    <message>
        <source>Checking for news</source>
        <translation>檢查新消息</translation>
    </message>
    <message>
        <source>Delivery status check interval</source>
        <translation>送達狀態檢查間隔</translation>
    </message>
    <message>
        <source>Replies check interval</source>
        <translation>回覆檢查間隔</translation>
    </message>
    <message>
        <source>Ask for &amp;delivery status every:</source>
        <translation>查詢送達狀態的間隔(&amp;D)：</translation>
    </message>
    <message>
        <source>Fetch &amp;replies every:</source>
        <translation>取得回覆的間隔(&amp;R)：</translation>
    </message>
    <message>
        <source>Only for vendors that can be asked. Checking more often does not cost points but some vendors limit how often they may be asked.</source>
        <translation>只適用於可以查詢的廠商。查詢得更頻繁不會扣點數，但有些廠商會限制查詢的頻率。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>First reply fetch reaches back</source>
        <translation>帳號首次取得回覆時往回查的天數</translation>
    </message>
    <message>
        <source>An account&apos;s first reply fetch reaches bac&amp;k:</source>
        <translation>帳號首次取得回覆往回查(&amp;K)：</translation>
    </message>
    <message>
        <source>Later fetches go on from the latest reply. TwSMS&apos;s document sets no limit on how far back; it is asked one day per request.</source>
        <translation>之後每次取得回覆都從最新一則回覆接著查。TwSMS 的文件沒有限制可往回查多久；每一天需要一次請求。</translation>
    </message>
    <message>
        <source>Callback receiver (advanced)</source>
        <translation>回呼接收器（進階）</translation>
    </message>
    <message>
        <source>Receive delivery reports and replies pushed by vendors</source>
        <translation>接收廠商推送的送達報告和回覆</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>接聽位址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>公開位址</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>接聽位址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation>公開網址(&amp;U)：</translation>
    </message>
    <message>
        <source>Vendors send reports to the public URL, so it must be reachable from the internet: forward the port on the office router to this computer, or run a tunnel program that forwards to it (then listening on 127.0.0.1 is enough). Enter the public URL in the vendor&apos;s console where it asks for a callback or webhook address. To test it, save, then open the public URL in a phone&apos;s browser using mobile data (not the office Wi-Fi): if the page does not load, vendors cannot reach it either. Without a receiver SMS Desk asks vendors for the status instead.</source>
        <translation>廠商會把報告傳送到公開網址，所以它必須能從網際網路連上：請在辦公室的路由器上把這個連接埠轉送到這台電腦，或執行會轉送到這台電腦的通道程式（這時只接聽 127.0.0.1 就夠了）。在廠商主控台要求填寫回呼（callback）或 Webhook 位址的地方輸入公開網址。測試方式：儲存後，用手機的行動網路（不要用辦公室的 Wi-Fi）在瀏覽器中開啟公開網址：如果網頁打不開，廠商也連不上。沒有接收器時，SMS Desk 會改為主動向廠商查詢狀態。</translation>
    </message>
    <message>
        <source>Passwords and keys are kept in: {backend}.</source>
        <translation>密碼和金鑰保存在：{backend}。</translation>
    </message>
    <message>
        <source>This is not a usable keychain, so passwords are kept only until SMS Desk is closed.</source>
        <translation>這不是可用的鑰匙圈，因此密碼只保留到 SMS Desk 關閉為止。</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The quiet hours start and end at the same time. Choose different times or turn quiet hours off.</source>
        <translation>勿擾時段的開始和結束時間相同。請選擇不同的時間，或關閉勿擾時段。</translation>
    </message>
    <message>
        <source>Enter the public URL of the callback receiver, starting with https://, or turn the receiver off.</source>
        <translation>請輸入回呼接收器的公開網址（以 https:// 開頭），或關閉接收器。</translation>
    </message>
    <message>
        <source>Enter the address to listen on: 0.0.0.0 for every network, 127.0.0.1 when a tunnel program on this computer forwards to it.</source>
        <translation>請輸入要接聽的位址：0.0.0.0 表示所有網路，若由這台電腦上的通道程式轉送則填 127.0.0.1。</translation>
    </message>
    <message>
        <source>The new language takes effect after SMS Desk is restarted.</source>
        <translation>新的語言會在重新啟動 SMS Desk 後生效。</translation>
    </message>
</context>
<context>
    <name>SignatureEditor</name>
    <message>
        <source>Edit signature {id}</source>
        <translation>編輯簽名 {id}</translation>
    </message>
    <message>
        <source>Add a signature</source>
        <translation>新增簽名</translation>
    </message>
    <message>
        <source>Signature text</source>
        <translation>簽名內容</translation>
    </message>
    <message>
        <source>e.g. Lin Bakery</source>
        <translation>例如 林記麵包店</translation>
    </message>
    <message>
        <source>Note for the reviewer</source>
        <translation>給審核人員的備註</translation>
    </message>
    <message>
        <source>Document picture</source>
        <translation>證明文件圖片</translation>
    </message>
    <message>
        <source>optional: a screenshot of a business document</source>
        <translation>選填：營業證明文件的截圖</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>簽名(&amp;S)：</translation>
    </message>
    <message>
        <source>2 to 12 letters, digits or Chinese characters, without brackets: write Lin Bakery for [Lin Bakery]. Tencent Cloud reviews it before it can be used.</source>
        <translation>2 到 12 個字母、數字或中文字，不含括號：[林記麵包店] 請填 林記麵包店。Tencent Cloud 會先審核，通過後才能使用。</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>圖片(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose a document picture</source>
        <translation>選擇證明文件圖片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片（*.png *.jpg *.jpeg）</translation>
    </message>
    <message>
        <source>Write the signature.</source>
        <translation>請輸入簽名。</translation>
    </message>
    <message>
        <source>The picture could not be read ({error}). Choose another file.</source>
        <translation>無法讀取圖片（{error}）。請選擇其他檔案。</translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <source>Signatures</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Signatures added here (or looked up by ID) are listed with their approval status. Tencent Cloud cannot list all signatures: to see one made in the SMS console, use Look up ID with the ID shown there.</source>
        <translation>這裡會列出在此新增（或以 ID 查詢）的簽名及其審核狀態。Tencent Cloud 無法列出所有簽名：若要查看在簡訊主控台建立的簽名，請用「查詢 ID」輸入主控台上顯示的 ID。</translation>
    </message>
    <message>
        <source>&amp;Look up ID…</source>
        <translation>查詢 ID(&amp;L)…</translation>
    </message>
    <message>
        <source>Show a signature made in the Tencent Cloud console, by its ID</source>
        <translation>依 ID 顯示在騰訊雲主控台建立的簽名</translation>
    </message>
    <message>
        <source>No signatures yet. Add one, or look one up by its ID.</source>
        <translation>還沒有簽名。請新增一個，或以 ID 查詢。</translation>
    </message>
    <message>
        <source>Loading signatures…</source>
        <translation>正在載入簽名…</translation>
    </message>
    <message>
        <source>{n} signatures.</source>
        <translation>{n} 個簽名。</translation>
    </message>
    <message>
        <source>Look up a signature</source>
        <translation>查詢簽名</translation>
    </message>
    <message>
        <source>Signature ID (shown in the Tencent Cloud SMS console):</source>
        <translation>簽名 ID（顯示在 Tencent Cloud SMS 主控台中）：</translation>
    </message>
    <message>
        <source>Looking up the signature…</source>
        <translation>正在查詢簽名…</translation>
    </message>
    <message>
        <source>Tencent Cloud has no signature with ID {id} in this application. Check the ID in the SMS console.</source>
        <translation>Tencent Cloud 在這個應用程式中沒有 ID 為 {id} 的簽名。請到簡訊主控台確認 ID。</translation>
    </message>
    <message>
        <source>Signature {id} added to the list.</source>
        <translation>已將簽名 {id} 加入清單。</translation>
    </message>
    <message>
        <source>Submitting the signature…</source>
        <translation>正在送出簽名…</translation>
    </message>
    <message>
        <source>Signature {id} was submitted and waits for Tencent Cloud&apos;s approval.</source>
        <translation>簽名 {id} 已送出，正在等待 Tencent Cloud 審核。</translation>
    </message>
    <message>
        <source>Saving the signature…</source>
        <translation>正在儲存簽名…</translation>
    </message>
    <message>
        <source>Signature {id} was changed and waits for Tencent Cloud&apos;s approval again.</source>
        <translation>簽名 {id} 已變更，正在等待 Tencent Cloud 重新審核。</translation>
    </message>
    <message>
        <source>Delete signature {id} “{text}” at Tencent Cloud? Messages can no longer be sent with it. This cannot be undone.</source>
        <translation>要在 Tencent Cloud 刪除簽名 {id}「{text}」嗎？刪除後就不能再用它發送簡訊。這個動作無法復原。</translation>
    </message>
    <message>
        <source>Deleting the signature…</source>
        <translation>正在刪除簽名…</translation>
    </message>
    <message>
        <source>Signature {id} was deleted.</source>
        <translation>已刪除簽名 {id}。</translation>
    </message>
</context>
<context>
    <name>SmsGet</name>
    <message>
        <source>This is an estimate: SMS-Get&apos;s document does not say how emoji are counted, so each one is counted as two characters, the more expensive reading. The cost may turn out lower.</source>
        <translation>這是估算：SMS-Get 的文件沒有說明表情符號如何計算字數，因此每個表情符號以兩個字計算，取較貴的算法。實際費用可能較低。</translation>
    </message>
</context>
<context>
    <name>SmsgetStatus</name>
    <message>
        <source>The message expired before it could be delivered; the phone may have been off or out of coverage.</source>
        <translation>簡訊在送達前已逾時；手機可能關機或不在收訊範圍內。</translation>
    </message>
    <message>
        <source>The message was deleted before it was sent.</source>
        <translation>簡訊在發送前已被刪除。</translation>
    </message>
    <message>
        <source>The message could not be delivered to the phone.</source>
        <translation>簡訊無法送達手機。</translation>
    </message>
    <message>
        <source>The operator rejected the message.</source>
        <translation>電信業者拒絕了這則簡訊。</translation>
    </message>
    <message>
        <source>The operator marked the message as invalid.</source>
        <translation>電信業者將這則簡訊標示為無效。</translation>
    </message>
    <message>
        <source>SMS-Get reported the status {status}; the message was not delivered.</source>
        <translation>SMS-Get 回報狀態 {status}；簡訊沒有送達。</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>Balance trend</source>
        <translation>餘額趨勢</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Queued</source>
        <translation>排隊中</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已預約</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已送出</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>StateBar</name>
    <message>
        <source>Recipients by state</source>
        <translation>各狀態的收件人</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>From</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>顯示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>從(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Whole days in China time (UTC+8, the same as Taiwan), both days included.</source>
        <translation>以中國時間（UTC+8，與台灣相同）的整日計算，包含起訖兩天。</translation>
    </message>
    <message>
        <source>The From date is after the To date. Choose a From date on or before the To date.</source>
        <translation>開始日期晚於結束日期。請選擇不晚於結束日期的開始日期。</translation>
    </message>
    <message>
        <source>Loading statistics…</source>
        <translation>正在載入統計資料…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>發送</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>已送出：</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>已接受：</translation>
    </message>
    <message>
        <source>Billed (long messages count per part):</source>
        <translation>計費則數（長簡訊按段數計算）：</translation>
    </message>
    <message>
        <source>Delivery reports</source>
        <translation>送達報告</translation>
    </message>
    <message>
        <source>Reports received:</source>
        <translation>已收到的報告：</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>已送達：</translation>
    </message>
    <message>
        <source>Not delivered:</source>
        <translation>未送達：</translation>
    </message>
    <message>
        <source>{reason}:</source>
        <translation>{reason}：</translation>
    </message>
    <message>
        <source>Statistics from {begin} to {end}.</source>
        <translation>{begin} 到 {end} 的統計資料。</translation>
    </message>
</context>
<context>
    <name>StatusJobActions</name>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause stops after the requests under way; press again to go on. Nobody gets the message twice.</source>
        <translation>暫停會在進行中的請求完成後停止；再按一次即繼續。沒有人會收到兩次。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message>
        <source>Resume job {job}? {n} recipients who have not been sent this message yet are sent it now from {account}.</source>
        <translation>要繼續傳送工作 {job} 嗎？尚未收到這則簡訊的 {n} 位收件人會立即由 {account} 傳送。</translation>
    </message>
    <message>
        <source>The {n} whose outcome is unknown are not resent: use Send again for them once you know.</source>
        <translation>結果不明的 {n} 位不會重送：確認狀況後，請對他們使用「重新發送」。</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>繼續傳送</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>保持不變</translation>
    </message>
    <message>
        <source>Job {job}: sending the rest…</source>
        <translation>工作 {job}：正在傳送其餘的收件人…</translation>
    </message>
    <message>
        <source>Cancel job {job}? Recipients it has not sent yet are not sent; messages the vendor keeps for later are cancelled there where the vendor allows it. What was sent stays sent.</source>
        <translation>要取消工作 {job} 嗎？尚未送出的收件人不會收到簡訊；簡訊商預約中的簡訊會在簡訊商允許時一併取消。已送出的簡訊無法收回。</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>取消這項工作</translation>
    </message>
    <message>
        <source>Job {job}: cancelling after the requests under way…</source>
        <translation>工作 {job}：進行中的請求完成後將取消…</translation>
    </message>
    <message>
        <source>Job {job}: {cancelled} cancelled.</source>
        <translation>工作 {job}：{cancelled} 則已取消。</translation>
    </message>
    <message>
        <source>The job was not changed</source>
        <translation>工作沒有任何變更</translation>
    </message>
    <message>
        <source>Cannot send again</source>
        <translation>無法重新發送</translation>
    </message>
    <message>
        <source>No one to send to</source>
        <translation>沒有收件人</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>已停止發送</translation>
    </message>
    <message>
        <source>Job {job}: {submitted} submitted, {failed} failed, {unknown} unknown; {cost}.</source>
        <translation>工作 {job}：{submitted} 則已送出，{failed} 則失敗，{unknown} 則不明；費用 {cost}。</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <source>No messages sent yet</source>
        <translation>還沒有發送過簡訊</translation>
    </message>
    <message>
        <source>Every message you send appears here with who received it, who did not and why. Start on the Compose tab; the free Sandbox account lets you try it.</source>
        <translation>您發送的每則簡訊都會顯示在這裡，包括誰收到、誰沒收到以及原因。請從「撰寫」分頁開始；可以用免費的 Sandbox 帳號練習。</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>撰寫簡訊</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Older than 30 days</source>
        <translation>30 天以前</translation>
    </message>
    <message>
        <source>Filter jobs by date</source>
        <translation>依日期篩選工作</translation>
    </message>
    <message>
        <source>Filter jobs by account</source>
        <translation>依帳號篩選工作</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>不限狀態</translation>
    </message>
    <message>
        <source>With {state}</source>
        <translation>含{state}的收件人</translation>
    </message>
    <message>
        <source>Show jobs with recipients in this state</source>
        <translation>顯示有收件人處於此狀態的工作</translation>
    </message>
    <message>
        <source>Search message, account, job or phone</source>
        <translation>搜尋簡訊、帳號、工作或門號</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>搜尋工作</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>States</source>
        <translation>狀態分布</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>發送者</translation>
    </message>
    <message>
        <source>How many recipients are in each state. Submitted: sent, no report yet. Expired: the phone stayed off. Unknown: it may or may not have gone out, and is not resent.</source>
        <translation>各狀態的收件人數。已送出：已傳送，尚未收到回報。逾時：對方手機一直未開機。不明：可能已送出也可能沒有，不會自動重送。</translation>
    </message>
    <message>
        <source>Estimated from the segments of each message; the vendor&apos;s bill decides</source>
        <translation>依每則簡訊的段數估計；實際以簡訊商帳單為準</translation>
    </message>
    <message>
        <source>Where the job is: Sending, Paused, Interrupted (the app stopped; resume sends the rest), Done, Cancelled or Scheduled</source>
        <translation>工作目前的狀況：傳送中、已暫停、已中斷（程式曾停止；繼續會傳送其餘的部分）、已完成、已取消或已預約</translation>
    </message>
    <message>
        <source>The desk (computer) and user that created the job</source>
        <translation>建立這個工作的櫃台（電腦）與使用者</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>No job matches these filters.</source>
        <translation>沒有符合這些篩選條件的工作。</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>繼續傳送(&amp;R)…</translation>
    </message>
    <message>
        <source>Send the recipients this job has not sent yet, after you confirm. Unknown ones are not resent.</source>
        <translation>傳送這項工作尚未送出的收件人（需先確認）。結果不明的不會重送。</translation>
    </message>
    <message>
        <source>Cancel &amp;job…</source>
        <translation>取消工作(&amp;J)…</translation>
    </message>
    <message>
        <source>Cancel what this job has not sent yet: here, and at the vendor for messages it keeps for a later time</source>
        <translation>取消這項工作尚未送出的部分：包括本機的，以及簡訊商預約中的簡訊</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Filter recipients by state</source>
        <translation>依狀態篩選收件人</translation>
    </message>
    <message>
        <source>Resend failed…</source>
        <translation>重送所有失敗…</translation>
    </message>
    <message>
        <source>Send every failed recipient of this job a new message, no need to select them (as a new job, after you confirm)</source>
        <translation>把這個工作中所有失敗的收件人重新傳送一則簡訊，不必先選取（會建立新的工作，並先請您確認費用）</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有帳號</translation>
    </message>
    <message>
        <source>{time} (scheduled)</source>
        <translation>{time}（預約）</translation>
    </message>
    <message>
        <source>Open the callback receiver settings</source>
        <translation>開啟回呼接收器設定</translation>
    </message>
    <message>
        <source>This vendor cannot be asked; see the note above.</source>
        <translation>無法向這家廠商查詢；請參閱上方的說明。</translation>
    </message>
    <message>
        <source>Job {job}: {n} recipients updated.</source>
        <translation>工作 {job}：已更新 {n} 位收件人。</translation>
    </message>
    <message>
        <source>Delivery reports for job {job} could not be read: {problem}</source>
        <translation>無法讀取工作 {job} 的送達報告：{problem}</translation>
    </message>
    <message>
        <source>Copied {n} numbers.</source>
        <translation>已複製 {n} 個門號。</translation>
    </message>
    <message>
        <source>Export job report</source>
        <translation>匯出工作報表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>報表已儲存到 {path}。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Job {job} · {account} · {status} · {n} recipients · {cost}</source>
        <translation>工作 {job} · {account} · {status} · {n} 位收件人 · {cost}</translation>
    </message>
    <message>
        <source>Search phone or name</source>
        <translation>搜尋門號或姓名</translation>
    </message>
    <message>
        <source>Search recipients</source>
        <translation>搜尋收件人</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即重新整理</translation>
    </message>
    <message>
        <source>Ask the vendor for the latest delivery reports (F5)</source>
        <translation>向廠商取得最新的送達報告（F5）</translation>
    </message>
    <message>
        <source>Send again…</source>
        <translation>重新發送…</translation>
    </message>
    <message>
        <source>Send the selected failed or unknown recipients a new message (as a new job, after you confirm the cost)</source>
        <translation>發送新簡訊給選取的失敗或不明收件人（在您確認費用後，以新工作發送）</translation>
    </message>
    <message>
        <source>Copy numbers</source>
        <translation>複製門號</translation>
    </message>
    <message>
        <source>Copy the selected numbers, or every number shown, to the clipboard</source>
        <translation>將選取的門號（或所有顯示的門號）複製到剪貼簿</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Save this job&apos;s report as an Excel file</source>
        <translation>將這個工作的報表儲存為 Excel 檔案</translation>
    </message>
    <message>
        <source>Recipients of the selected job</source>
        <translation>所選工作的收件人</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The data file {path} was written by a newer version of SMS Desk (data version {found}; this version understands up to {supported}). It was not changed. Install the newer SMS Desk to open it.</source>
        <translation>資料檔 {path} 是由較新版本的 SMS Desk 寫入的（資料版本 {found}；這個版本最高只支援 {supported}）。檔案沒有被更改。請安裝較新版本的 SMS Desk 來開啟它。</translation>
    </message>
    <message>
        <source>The data file {path} is damaged ({error}). Close SMS Desk and start it again: it then checks the file and repairs what it can, after keeping a copy.</source>
        <translation>資料檔 {path} 已損壞（{error}）。請關閉 SMS Desk 再重新開啟：程式會先保留一份副本，再檢查並修復能修復的部分。</translation>
    </message>
    <message>
        <source>Do not move or delete the file: it is the record of every message sent, and without it SMS Desk could send them again.</source>
        <translation>請勿移動或刪除此檔案：它記錄了每一則已發送的簡訊，少了它，SMS Desk 可能會重複發送。</translation>
    </message>
    <message>
        <source>The data file {path} is in use by another copy of SMS Desk or smsdesk-cli. Close the other copy, then try again.</source>
        <translation>資料檔 {path} 正被另一個 SMS Desk 或 smsdesk-cli 使用中。請關閉另一個程式後再試一次。</translation>
    </message>
    <message>
        <source>The disk holding the data file {path} is full, so SMS Desk stopped before writing more. Nothing was lost and nothing was sent twice: free some space on that disk, then resume the job (Status tab, or smsdesk-cli resume).</source>
        <translation>存放資料檔 {path} 的磁碟已滿，因此 SMS Desk 已在寫入更多資料前停止。沒有遺失任何資料，也沒有重複發送：請在該磁碟騰出一些空間，然後繼續發送工作（「狀態」分頁，或 smsdesk-cli resume）。</translation>
    </message>
    <message>
        <source>The data file {path} is damaged ({error}) and SMS Desk could not repair it without losing records. It was not changed. Close SMS Desk and ask your support to look at the file.</source>
        <translation>資料檔 {path} 已損壞（{error}），SMS Desk 無法在不遺失紀錄的情況下修復。檔案未被更動。請關閉 SMS Desk，並請您的技術支援人員檢查此檔案。</translation>
    </message>
    <message>
        <source>SMS Desk cannot open its data file {path} for reading and writing ({error}). Close any other copy of SMS Desk or smsdesk-cli, check that the disk is connected and not full, and that your user account may read and write the file and its folder (neither may be read-only), then start SMS Desk again.</source>
        <translation>SMS Desk 無法以讀寫方式開啟資料檔 {path}（{error}）。請關閉其他正在執行的 SMS Desk 或 smsdesk-cli，確認磁碟已連接且未滿，並確認您的使用者帳號可以讀寫此檔案及其所在資料夾（兩者都不能是唯讀），然後重新啟動 SMS Desk。</translation>
    </message>
    <message>
        <source>SMS Desk could not write to its data file {path} ({error}). Check that the disk is connected and not full and that your user account may write the file and its folder, then resume the job (Status tab, or smsdesk-cli resume).</source>
        <translation>SMS Desk 無法寫入資料檔 {path}（{error}）。請確認磁碟已連接且未滿，並確認您的使用者帳號可以寫入此檔案及其所在資料夾，然後繼續發送工作（「狀態」分頁，或 smsdesk-cli resume）。</translation>
    </message>
    <message>
        <source>SMS Desk found damage in its data file and repaired it without losing records. The file as it was is kept as {copy}.</source>
        <translation>SMS Desk 發現資料檔有損壞，已在不遺失紀錄的情況下修復。原本的檔案保留為 {copy}。</translation>
    </message>
    <message>
        <source>The database {database} on {server} stores text as {encoding}, which cannot hold Chinese names and messages. Nothing was changed. Create the database again with ENCODING &apos;UTF8&apos; (see the README, “Shared workspace”).</source>
        <translation>伺服器 {server} 上的資料庫 {database} 以 {encoding} 儲存文字，無法保存中文姓名與訊息。沒有做任何變更。請以 ENCODING &apos;UTF8&apos; 重新建立資料庫（見 README 的「共用工作區」）。</translation>
    </message>
    <message>
        <source>A shared workspace address looks like postgresql://user@server/database.</source>
        <translation>共用工作區的位址格式為 postgresql://使用者@伺服器/資料庫。</translation>
    </message>
    <message>
        <source>The shared workspace server {server} refused the user {user}: the password is wrong or missing. Enter it again in Tools → Shared workspace.</source>
        <translation>共用工作區伺服器 {server} 拒絕了使用者 {user}：密碼錯誤或未提供。請在「工具 → 共用工作區」重新輸入。</translation>
    </message>
    <message>
        <source>The shared workspace server {server} has no database {database}. Create it (see the README, “Shared workspace”) or correct the address.</source>
        <translation>共用工作區伺服器 {server} 上沒有資料庫 {database}。請先建立它（見 README 的「共用工作區」），或更正位址。</translation>
    </message>
    <message>
        <source>The shared workspace server {server} cannot be reached ({error}). SMS Desk stopped before the next message: nothing more was sent, and nothing will be sent twice. Check the network and that the server is running, then resume the job (Status tab, or smsdesk-cli resume).</source>
        <translation>無法連上共用工作區伺服器 {server}（{error}）。SMS Desk 已在下一則訊息前停止：沒有再發送任何訊息，也不會重複發送。請檢查網路與伺服器是否運作中，然後繼續這個工作（「狀態」分頁，或 smsdesk-cli resume）。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Edit template {id}</source>
        <translation>編輯範本 {id}</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>新增範本</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>範本內容</translation>
    </message>
    <message>
        <source>e.g. Your order {1} is ready for pickup.</source>
        <translation>例如 您的訂單 {1} 已可取貨。</translation>
    </message>
    <message>
        <source>Template type</source>
        <translation>範本類型</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>行銷</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>語音</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>範本名稱</translation>
    </message>
    <message>
        <source>Note for the reviewer</source>
        <translation>給審核人員的備註</translation>
    </message>
    <message>
        <source>optional: why and where you use it</source>
        <translation>選填：用途和使用場合</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>內容(&amp;T)：</translation>
    </message>
    <message>
        <source>Write {1}, {2}, ... where SMS Desk fills in values. Tencent Cloud reviews every new or changed template before it can be used.</source>
        <translation>在 SMS Desk 要填入值的位置寫 {1}、{2}、...。Tencent Cloud 會審核每個新增或變更的範本，通過後才能使用。</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>類型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>Write the template text.</source>
        <translation>請輸入範本內容。</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Reload templates</source>
        <translation>重新載入範本</translation>
    </message>
    <message>
        <source>Fetch the approved templates from the vendor again</source>
        <translation>重新向簡訊商取得已核准的範本</translation>
    </message>
    <message>
        <source>Loading the approved templates from {vendor}…</source>
        <translation>正在從 {vendor} 載入審核通過的範本…</translation>
    </message>
    <message>
        <source>The templates could not be loaded: {error} Then press Reload templates.</source>
        <translation>無法載入範本：{error} 處理後請按「重新載入範本」。</translation>
    </message>
    <message>
        <source>No templates yet. Add each approved {vendor} template (its ID and text) to this account in Tools → Accounts.</source>
        <translation>還沒有範本。請在「工具 → 帳號」中，為這個帳號新增每個審核通過的 {vendor} 範本（ID 和內容）。</translation>
    </message>
    <message>
        <source>{vendor} has no approved SMS templates for this account. Apply for one in the vendor&apos;s console, then press Reload templates.</source>
        <translation>{vendor} 沒有這個帳號審核通過的簡訊範本。請在廠商的主控台申請範本，然後按「重新載入範本」。</translation>
    </message>
    <message>
        <source>Template {id}. Its text is not entered in the account settings, so the preview and the cost are estimates.</source>
        <translation>範本 {id}。帳號設定中沒有輸入它的內容，因此預覽和費用都是估計值。</translation>
    </message>
    <message>
        <source>Template value {name}</source>
        <translation>範本值 {name}</translation>
    </message>
    <message>
        <source>Value for {name}; may use placeholders such as {{name}}</source>
        <translation>{name} 的值；可以使用 {{name}} 之類的變數</translation>
    </message>
    <message>
        <source>This template has no values to fill in.</source>
        <translation>這個範本沒有需要填入的值。</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>{vendor} keeps its templates itself, not in SMS Desk, so account “{account}” has no template list here. Add, change or remove them in the window under Vendor tools → Templates.</source>
        <translation>{vendor} 的範本由廠商自行保管，不存在 SMS Desk 中，所以帳號「{account}」在這裡沒有範本清單。請在視窗的「廠商工具 → 範本」新增、修改或移除。</translation>
    </message>
    <message>
        <source>{vendor} sends free text, not templates, so account “{account}” has no template list.</source>
        <translation>{vendor} 發送的是自由文字，不是範本，所以帳號「{account}」沒有範本清單。</translation>
    </message>
    <message>
        <source>Give the template&apos;s ID, as the vendor&apos;s console shows it.</source>
        <translation>請提供範本的 ID，就是廠商主控台上顯示的那個。</translation>
    </message>
    <message>
        <source>Give the template&apos;s text as approved at the vendor, with its variables written {{name}}, so SMS Desk can show a preview and ask for every value.</source>
        <translation>請提供廠商審核通過的範本文字，變數寫成 {{name}}，SMS Desk 才能顯示預覽並詢問每一個值。</translation>
    </message>
    <message>
        <source>Account “{account}” already has a template {id}. Remove it first, or change it with --replace.</source>
        <translation>帳號「{account}」已經有範本 {id}。請先移除，或用 --replace 修改。</translation>
    </message>
    <message>
        <source>Account “{account}” has no template {id}.</source>
        <translation>帳號「{account}」沒有範本 {id}。</translation>
    </message>
</context>
<context>
    <name>TemplatesEditor</name>
    <message>
        <source>Template ID</source>
        <translation>範本 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Parameters (comma-separated)</source>
        <translation>參數（以逗號分隔）</translation>
    </message>
    <message>
        <source>Preview text</source>
        <translation>預覽內容</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>新增範本</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>移除範本</translation>
    </message>
    <message>
        <source>Template row {n} has no template ID. Copy the ID from the vendor&apos;s console or remove the row.</source>
        <translation>第 {n} 列範本沒有範本 ID。請從廠商主控台複製 ID，或移除這一列。</translation>
    </message>
    <message>
        <source>The template ID {id} appears twice.</source>
        <translation>範本 ID {id} 出現了兩次。</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Templates</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>The message templates of this Tencent Cloud application. Only approved templates can be sent; a rejected one shows the reviewer&apos;s reason.</source>
        <translation>這個 Tencent Cloud 應用程式的簡訊範本。只有審核通過的範本可以發送；被駁回的範本會顯示駁回原因。</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>行銷</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>語音</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>正在載入範本…</translation>
    </message>
    <message>
        <source>{n} templates.</source>
        <translation>{n} 個範本。</translation>
    </message>
    <message>
        <source>Submitting the template…</source>
        <translation>正在送出範本…</translation>
    </message>
    <message>
        <source>Template {id} was submitted and waits for Tencent Cloud&apos;s approval.</source>
        <translation>範本 {id} 已送出，正在等待 Tencent Cloud 審核。</translation>
    </message>
    <message>
        <source>Saving the template…</source>
        <translation>正在儲存範本…</translation>
    </message>
    <message>
        <source>Template {id} was changed and waits for Tencent Cloud&apos;s approval again.</source>
        <translation>範本 {id} 已變更，正在等待 Tencent Cloud 重新審核。</translation>
    </message>
    <message>
        <source>Delete template {id} “{text}” at Tencent Cloud? Messages can no longer be sent with it. This cannot be undone.</source>
        <translation>要在 Tencent Cloud 刪除範本 {id}「{text}」嗎？刪除後就不能再用它發送簡訊。這個動作無法復原。</translation>
    </message>
    <message>
        <source>Deleting the template…</source>
        <translation>正在刪除範本…</translation>
    </message>
    <message>
        <source>Template {id} was deleted.</source>
        <translation>已刪除範本 {id}。</translation>
    </message>
</context>
<context>
    <name>Tencent</name>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待審核</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Carrier internal error</source>
        <translation>電信業者內部錯誤</translation>
    </message>
    <message>
        <source>Number invalid or does not exist</source>
        <translation>號碼無效或不存在</translation>
    </message>
    <message>
        <source>Phone out of service or switched off</source>
        <translation>手機停用或關機</translation>
    </message>
    <message>
        <source>Number on a block list</source>
        <translation>號碼在封鎖名單中</translation>
    </message>
    <message>
        <source>Carrier&apos;s frequency limit</source>
        <translation>電信業者的頻率限制</translation>
    </message>
    <message>
        <source>This is not a complete international phone number (+ country code and number).</source>
        <translation>這不是完整的國際電話號碼（+ 國碼和號碼）。</translation>
    </message>
    <message>
        <source>The country code of this phone number is not known. Check the number.</source>
        <translation>不知道這個電話號碼的國碼。請檢查號碼。</translation>
    </message>
    <message>
        <source>Mainland China mobile numbers have 11 digits starting with 1. Check the number.</source>
        <translation>中國大陸的手機號碼是以 1 開頭的 11 位數字。請檢查號碼。</translation>
    </message>
    <message>
        <source>Template values must be numbered 1, 2, 3... like the template&apos;s placeholders.</source>
        <translation>範本的值必須像範本的變數一樣編號為 1、2、3…。</translation>
    </message>
    <message>
        <source>The template needs a value for {{{number}}}. Fill in every placeholder from {{1}} to {{{last}}} and send again.</source>
        <translation>範本需要 {{{number}}} 的值。請填入從 {{1}} 到 {{{last}}} 的每一個變數，然後再發送一次。</translation>
    </message>
    <message>
        <source>Enter the SDK AppID and App Key of your Tencent Cloud SMS application in the account settings.</source>
        <translation>請在帳號設定中輸入您 Tencent Cloud SMS 應用程式的 SDK AppID 和 App Key。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request (HTTP {status}). Check the server address in the account settings (normally leave it empty).</source>
        <translation>Tencent Cloud 拒絕了這個請求（HTTP {status}）。請檢查帳號設定中的伺服器位址（通常應留空）。</translation>
    </message>
    <message>
        <source>Tencent Cloud&apos;s answer had no result, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>Tencent Cloud 的回應中沒有結果，因此不知道簡訊是否已被接受。系統不會自動重新發送；再次發送之前，請先查詢它的狀態。</translation>
    </message>
    <message>
        <source>Tencent Cloud&apos;s answer could not be understood. Try again in a few minutes.</source>
        <translation>無法理解 Tencent Cloud 的回應。請幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>Tencent Cloud timed out while handling the send, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>Tencent Cloud 處理發送時逾時，因此不知道簡訊是否已被接受。系統不會自動重新發送；再次發送之前，請先查詢它的狀態。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes ahead of the correct time, so Tencent Cloud refused the request (it allows 10 minutes). Set the date, time and time zone correctly (turn on automatic time) and try again.</source>
        <translation>這台電腦的時鐘比正確時間快了 {minutes} 分鐘，因此 Tencent Cloud 拒絕了這個請求（它只容許 10 分鐘的誤差）。請正確設定日期、時間和時區（開啟自動設定時間），然後再試一次。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes behind the correct time, so Tencent Cloud refused the request (it allows 10 minutes). Set the date, time and time zone correctly (turn on automatic time) and try again.</source>
        <translation>這台電腦的時鐘比正確時間慢了 {minutes} 分鐘，因此 Tencent Cloud 拒絕了這個請求（它只容許 10 分鐘的誤差）。請正確設定日期、時間和時區（開啟自動設定時間），然後再試一次。</translation>
    </message>
    <message>
        <source>Tencent Cloud SMS cannot schedule messages. Send it without a time, or let SMS Desk send it at the chosen time.</source>
        <translation>Tencent Cloud SMS 無法預約發送。請不指定時間直接發送，或讓 SMS Desk 在選定的時間發送。</translation>
    </message>
    <message>
        <source>Tencent Cloud sends only approved templates. Choose a template (its ID is the number shown in the SMS console).</source>
        <translation>Tencent Cloud 只發送審核通過的範本。請選擇範本（它的 ID 是簡訊主控台中顯示的數字）。</translation>
    </message>
    <message>
        <source>The message has {count} characters; Tencent Cloud takes at most 450. Shorten the template values.</source>
        <translation>這則簡訊有 {count} 個字；Tencent Cloud 最多接受 450 個字。請縮短範本的值。</translation>
    </message>
    <message>
        <source>Tencent Cloud accepted the bulk request but sent no per-number results, so it is not known which messages were accepted. They will not be resent automatically.</source>
        <translation>Tencent Cloud 接受了大量發送的請求，但沒有回傳每個門號的結果，因此不知道哪些簡訊已被接受。系統不會自動重新發送。</translation>
    </message>
    <message>
        <source>Tencent Cloud&apos;s answer did not say whether this number was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>Tencent Cloud 的回應沒有說明這個門號是否已被接受。系統不會自動重新發送；再次發送之前，請先查詢它的狀態。</translation>
    </message>
    <message>
        <source>Connected to Tencent Cloud SMS. The application has {count} templates.</source>
        <translation>已連線到 Tencent Cloud SMS。這個應用程式有 {count} 個範本。</translation>
    </message>
    <message>
        <source>The answer was lost, so it is not known whether Tencent Cloud received the application. Check the list before submitting it again.</source>
        <translation>回應遺失了，因此不知道 Tencent Cloud 是否收到這份申請。再次提交之前，請先查看列表。</translation>
    </message>
    <message>
        <source>The start of the period must not be after its end.</source>
        <translation>期間的開始不能晚於結束。</translation>
    </message>
    <message>
        <source>No balance query in Tencent v5. This month: {request} submitted, {success} accepted, {billed} billed.</source>
        <translation>Tencent v5 沒有餘額查詢。本月：已提交 {request} 則，已接受 {success} 則，已計費 {billed} 則。</translation>
    </message>
</context>
<context>
    <name>ToolTab</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>{vendor} does not answer status questions; its delivery reports arrive only through the callback receiver. Turn it on in Settings → Callback receiver and give {vendor} its address.</source>
        <translation>{vendor} 不回應狀態查詢；它的送達報告只能透過回呼接收器收到。請在「設定 → 回呼接收器」中開啟它，並把位址提供給 {vendor}。</translation>
    </message>
    <message>
        <source>{vendor} offers neither a status query nor documented delivery callbacks, so SMS Desk cannot learn whether these messages arrived. Check delivery in the {vendor} console.</source>
        <translation>{vendor} 既沒有狀態查詢，也沒有文件說明的送達回呼，因此 SMS Desk 無法得知這些簡訊是否送達。請到 {vendor} 主控台查看送達情形。</translation>
    </message>
    <message>
        <source>[template {id}]</source>
        <translation>[範本 {id}]</translation>
    </message>
    <message>
        <source>Only recipients whose message failed, expired or has an unknown outcome can be sent again. Select such rows first.</source>
        <translation>只有簡訊失敗、已逾時或結果不明的收件人才能重新發送。請先選取這些列。</translation>
    </message>
    <message>
        <source>Careful: for {n} of these numbers it is not known whether the first message arrived. They may get it twice, and you pay twice.</source>
        <translation>請注意：其中 {n} 個門號不知道第一則簡訊是否已送達。他們可能會收到兩次，您也會付兩次費用。</translation>
    </message>
    <message>
        <source>This sends again to recipients of job {job}, as a new job.</source>
        <translation>這會以新工作重新發送給工作 {job} 的收件人。</translation>
    </message>
    <message>
        <source>Replied “{text}” on {when} ({account})</source>
        <translation>於 {when} 回覆「{text}」（{account}）</translation>
    </message>
    <message>
        <source>{account}: replies could not be fetched. {error}</source>
        <translation>{account}：無法取得回覆。{error}</translation>
    </message>
    <message>
        <source>opt-out keyword</source>
        <translation>退訂關鍵字</translation>
    </message>
</context>
<context>
    <name>TwSMS</name>
    <message>
        <source>{phone} is not a complete international phone number. Check the number in the list.</source>
        <translation>{phone} 不是完整的國際電話號碼。請檢查名單中的號碼。</translation>
    </message>
    <message>
        <source>{phone} is not a Taiwan mobile number (09xxxxxxxx); text messages can only go to mobiles. Check the number in the list.</source>
        <translation>{phone} 不是台灣的手機門號（09xxxxxxxx）；簡訊只能發送到手機。請檢查名單中的號碼。</translation>
    </message>
    <message>
        <source>The message has {count} characters, but TwSMS cannot send long messages to numbers outside Taiwan: at most {limit} characters. Shorten the message or send to foreign numbers separately.</source>
        <translation>這則簡訊有 {count} 個字，但 TwSMS 無法發送長簡訊到台灣以外的門號：最多 {limit} 個字。請縮短簡訊，或另外發送給國外門號。</translation>
    </message>
    <message>
        <source>The message has {count} characters; with long messages turned off in the account settings TwSMS allows {limit}. Shorten the message or allow long messages.</source>
        <translation>這則簡訊有 {count} 個字；帳號設定中已關閉長簡訊，TwSMS 最多允許 {limit} 個字。請縮短簡訊或允許長簡訊。</translation>
    </message>
    <message>
        <source>The message has {count} characters; TwSMS allows at most {limit}. Shorten it and send again.</source>
        <translation>這則簡訊有 {count} 個字；TwSMS 最多允許 {limit} 個字。請縮短後再發送一次。</translation>
    </message>
    <message>
        <source>TwSMS needs a scheduled time at least one minute in the future (it schedules to the minute, Taiwan time). Pick a later time.</source>
        <translation>TwSMS 的預約時間至少要在一分鐘之後（以台灣時間計算，精確到分鐘）。請選擇較晚的時間。</translation>
    </message>
    <message>
        <source>the message is empty. Type the message text.</source>
        <translation>簡訊內容是空的。請輸入簡訊內容。</translation>
    </message>
    <message>
        <source>the message validity period in the account settings must be a whole number of seconds from 300 to 28800.</source>
        <translation>帳號設定中的簡訊有效期限必須是 300 到 28800 之間的整數秒數。</translation>
    </message>
    <message>
        <source>the delivery report address (drurl) in the account settings is not a web address. Enter a complete address starting with http:// or https://, or clear it.</source>
        <translation>帳號設定中的傳送狀態回報網址（drurl）不是有效的網址。請輸入以 http:// 或 https:// 開頭的完整網址，或將其清空。</translation>
    </message>
    <message>
        <source>The server address in the account settings does not offer the TwSMS API (HTTP {status}). Check or clear the address; nothing was sent.</source>
        <translation>帳號設定中的伺服器位址沒有提供 TwSMS API（HTTP {status}）。請檢查或清除該位址；沒有發送任何簡訊。</translation>
    </message>
    <message>
        <source>TwSMS&apos;s answer had no result code, so it is not known whether the message was accepted. It will not be resent automatically; check its status before sending again.</source>
        <translation>TwSMS 的回應中沒有結果代碼，因此不知道簡訊是否已被接受。系統不會自動重新發送；再次發送之前，請先查詢它的狀態。</translation>
    </message>
    <message>
        <source>TwSMS&apos;s answer could not be read. Try again in a few minutes.</source>
        <translation>無法讀取 TwSMS 的回應。請幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>TwSMS reported success without a message ID, so the message cannot be tracked. It will not be resent automatically; check it on www.twsms.com.</source>
        <translation>TwSMS 回報成功，但沒有簡訊編號，因此無法追蹤這則簡訊。系統不會自動重新發送；請到 www.twsms.com 查看。</translation>
    </message>
    <message>
        <source>This message could not be cancelled: TwSMS has already sent it or no longer has it.</source>
        <translation>無法取消這則簡訊：TwSMS 已經發送了，或已經沒有這則簡訊。</translation>
    </message>
    <message>
        <source>replies without a two-way code (snumber) in the account settings</source>
        <translation>未在帳號設定中填寫雙向代碼（snumber）時的回覆查詢</translation>
    </message>
    <message>
        <source>TwSMS answered the balance query without a balance. Check the balance on www.twsms.com.</source>
        <translation>TwSMS 回應了餘額查詢，但沒有提供餘額。請到 www.twsms.com 查看餘額。</translation>
    </message>
    <message>
        <source>TwSMS refused this computer&apos;s public IP address {ip}. Sign in at www.twsms.com, open Account settings (帳號設定) → API settings (API 設定), add {ip} to the allowed IPs, then test again.</source>
        <translation>TwSMS 拒絕了這台電腦的對外 IP 位址 {ip}。請登入 www.twsms.com，開啟「帳號設定 → API 設定」，把 {ip} 加入允許的 IP，然後再測試一次。</translation>
    </message>
    <message>
        <source>TwSMS sees this computer&apos;s address as {ip}.</source>
        <translation>TwSMS 看到的這台電腦位址是 {ip}。</translation>
    </message>
    <message>
        <source>TwSMS does not accept emoji or picture symbols. Remove {emoji} from the message, or replace them with words.</source>
        <translation>TwSMS 不接受表情符號或圖形符號。請從簡訊中移除 {emoji}，或改用文字表達。</translation>
    </message>
</context>
<context>
    <name>TwsmsStatus</name>
    <message>
        <source>The message expired before it could be delivered; the phone may have been off or out of coverage for the whole validity period.</source>
        <translation>簡訊在送達前已逾時；在整個有效時間內，手機可能都處於關機或不在收訊範圍內。</translation>
    </message>
    <message>
        <source>The message was deleted before it was sent.</source>
        <translation>簡訊在發送前已被刪除。</translation>
    </message>
    <message>
        <source>The message could not be delivered to the phone.</source>
        <translation>簡訊無法送達手機。</translation>
    </message>
    <message>
        <source>The operator marked the message as invalid.</source>
        <translation>電信業者將這則簡訊標示為無效。</translation>
    </message>
    <message>
        <source>The operator rejected the message.</source>
        <translation>電信業者拒絕了這則簡訊。</translation>
    </message>
    <message>
        <source>Sending failed at the operator.</source>
        <translation>在電信業者端發送失敗。</translation>
    </message>
    <message>
        <source>The phone number is wrong or not in service. Check the number.</source>
        <translation>門號錯誤或已停用。請檢查號碼。</translation>
    </message>
    <message>
        <source>The operator refused the message content.</source>
        <translation>電信業者拒絕了這則簡訊的內容。</translation>
    </message>
    <message>
        <source>A system error at TwSMS or the operator stopped the message.</source>
        <translation>TwSMS 或電信業者的系統錯誤使這則簡訊中止。</translation>
    </message>
    <message>
        <source>TwSMS&apos;s keyword filter blocked the message. Reword the message and send it again.</source>
        <translation>TwSMS 的關鍵字過濾擋下了這則簡訊。請修改用詞後再發送一次。</translation>
    </message>
    <message>
        <source>The recipient has asked not to receive advertising messages.</source>
        <translation>收件人已要求不要接收廣告簡訊。</translation>
    </message>
    <message>
        <source>TwSMS reported the message as failed.</source>
        <translation>TwSMS 回報這則簡訊發送失敗。</translation>
    </message>
</context>
<context>
    <name>Vendor</name>
    <message>
        <source>SMS Desk did not send it: {reason}</source>
        <translation>SMS Desk 沒有送出：{reason}</translation>
    </message>
    <message>
        <source>{vendor} does not offer {what}.</source>
        <translation>{vendor} 不提供{what}。</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>發送功能</translation>
    </message>
    <message>
        <source>cancelling a scheduled message</source>
        <translation>取消預約簡訊</translation>
    </message>
    <message>
        <source>delivery status queries</source>
        <translation>送達狀態查詢</translation>
    </message>
    <message>
        <source>finding messages by phone number</source>
        <translation>依電話號碼查詢簡訊</translation>
    </message>
    <message>
        <source>fetching replies</source>
        <translation>取得回覆</translation>
    </message>
    <message>
        <source>a balance query</source>
        <translation>餘額查詢</translation>
    </message>
    <message>
        <source>Connected. Balance: {amount} {unit}.</source>
        <translation>已連線。餘額：{amount} {unit}。</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>則</translation>
    </message>
    <message>
        <source>EngageLab</source>
        <translation>EngageLab</translation>
    </message>
    <message>
        <source>EngageLab has no test call that costs nothing. Settings look complete, but add at least one template before sending.</source>
        <translation>EngageLab 沒有不收費的測試方式。設定看起來已完整，但發送前請至少新增一個範本。</translation>
    </message>
    <message>
        <source>EngageLab has no test call that costs nothing. Settings look complete; the key is checked on the first send.</source>
        <translation>EngageLab 沒有不收費的測試方式。設定看起來已完整；金鑰會在第一次發送時檢查。</translation>
    </message>
    <message>
        <source>Sandbox (free practice account)</source>
        <translation>Sandbox（免費練習帳號）</translation>
    </message>
    <message>
        <source>SepSMS</source>
        <translation>SepSMS</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>點數</translation>
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
        <translation>點</translation>
    </message>
    <message>
        <source>The driver for the vendor “{vendor}” is not installed or could not be loaded, so nothing was sent. Reinstall the package that provides it and restart SMS Desk.</source>
        <translation>廠商「{vendor}」的驅動程式沒有安裝或無法載入，所以沒有送出任何簡訊。請重新安裝提供它的套件，再重新啟動 SMS Desk。</translation>
    </message>
</context>
<context>
    <name>VendorErrors</name>
    <message>
        <source>The vendor answered with an error this version of SMS Desk does not know. Contact the vendor&apos;s support with the code shown.</source>
        <translation>廠商回應了這個版本的 SMS Desk 不認得的錯誤。請帶著顯示的代碼聯絡廠商的客服。</translation>
    </message>
    <message>
        <source>EngageLab had an internal error. Try again in a few minutes; if it keeps happening, contact EngageLab support.</source>
        <translation>EngageLab 發生內部錯誤。請幾分鐘後再試一次；如果一直發生，請聯絡 EngageLab 客服。</translation>
    </message>
    <message>
        <source>EngageLab did not accept the Dev Key and Dev Secret. Copy both from the API key page of the EngageLab SMS console into the account settings.</source>
        <translation>EngageLab 不接受這組 Dev Key 和 Dev Secret。請從 EngageLab 簡訊主控台的 API 金鑰頁面，將兩者複製到帳號設定中。</translation>
    </message>
    <message>
        <source>This EngageLab API key has expired or was disabled. Enable it or create a new key in the EngageLab SMS console and enter it in the account settings.</source>
        <translation>這組 EngageLab API 金鑰已過期或已停用。請在 EngageLab 簡訊主控台中啟用它或建立新的金鑰，並輸入到帳號設定中。</translation>
    </message>
    <message>
        <source>This EngageLab API key is not allowed to send SMS. Give the key permission for the SMS send API in the EngageLab console, or use a key that has it.</source>
        <translation>這組 EngageLab API 金鑰沒有發送簡訊的權限。請在 EngageLab 主控台中給予這組金鑰簡訊發送 API 的權限，或改用具有該權限的金鑰。</translation>
    </message>
    <message>
        <source>EngageLab could not read the request ({text}). This is a problem in SMS Desk; please report it with the code shown.</source>
        <translation>EngageLab 無法讀取這個請求（{text}）。這是 SMS Desk 的問題；請連同顯示的代碼回報給 SMS Desk 客服。</translation>
    </message>
    <message>
        <source>EngageLab refused a value in the request: {text}. Check the numbers, the template ID and the template values, then send again.</source>
        <translation>EngageLab 拒絕了請求中的某個值：{text}。請檢查門號、範本 ID 和範本的值，然後再發送一次。</translation>
    </message>
    <message>
        <source>EngageLab refused the request: {text}. Correct what it names and send again.</source>
        <translation>EngageLab 拒絕了這個請求：{text}。請修正它指出的項目後再發送一次。</translation>
    </message>
    <message>
        <source>EngageLab does not send the same template to the same number again while the earlier code is still valid. Nothing was sent to this number; wait until that code expires, then send to it again.</source>
        <translation>EngageLab 在先前的驗證碼仍有效期間，不會再將同一個範本發送給同一個號碼。這個號碼沒有發送；請等那個驗證碼過期後，再發送給它一次。</translation>
    </message>
    <message>
        <source>EngageLab does not know this template ({text}). Check the template ID in the EngageLab SMS console (the template must be approved) and in the account&apos;s template list.</source>
        <translation>EngageLab 不認得這個範本（{text}）。請在 EngageLab 簡訊主控台（範本必須已審核通過）及帳號的範本清單中檢查範本 ID。</translation>
    </message>
    <message>
        <source>EngageLab could not send the message: {text}. Check the numbers and the template; if it is unclear, contact EngageLab support with this text.</source>
        <translation>EngageLab 無法發送這則簡訊：{text}。請檢查門號和範本；如果仍不清楚，請帶著這段文字聯絡 EngageLab 客服。</translation>
    </message>
    <message>
        <source>{number} is not a complete international number. Write it with the country code, e.g. +886912345678.</source>
        <translation>{number} 不是完整的國際號碼。請加上國碼，例如 +886912345678。</translation>
    </message>
    <message>
        <source>The EngageLab Dev Key or Dev Secret is missing. Enter both in the account settings.</source>
        <translation>缺少 EngageLab 的 Dev Key 或 Dev Secret。請在帳號設定中輸入兩者。</translation>
    </message>
    <message>
        <source>EngageLab needs a scheduled time at least 3 minutes after the request reaches it. Choose a time at least 4 minutes from now.</source>
        <translation>EngageLab 要求預約時間至少在請求送達後 3 分鐘。請選擇至少 4 分鐘之後的時間。</translation>
    </message>
    <message>
        <source>EngageLab cannot schedule more than 30 days ahead. Choose an earlier time.</source>
        <translation>EngageLab 無法預約超過 30 天之後的時間。請選擇較早的時間。</translation>
    </message>
    <message>
        <source>EngageLab only sends approved templates. Choose a template for this message.</source>
        <translation>EngageLab 只發送審核通過的範本。請為這則簡訊選擇範本。</translation>
    </message>
    <message>
        <source>The template &quot;{name}&quot; needs a value for: {missing}. Without one, EngageLab would send the placeholder text itself. Fill them in and send again.</source>
        <translation>範本「{name}」需要以下變數的值：{missing}。如果沒有填，EngageLab 會直接把變數文字發送出去。請填入後再發送一次。</translation>
    </message>
    <message>
        <source>EngageLab did not accept this number. Check that it is a valid mobile number with its country code.</source>
        <translation>EngageLab 不接受這個門號。請確認它是含國碼的有效手機號碼。</translation>
    </message>
    <message>
        <source>EngageLab reported a problem ({text}) but counted {accepted} of {total} numbers as accepted. These numbers are marked unknown and will not be resent automatically; check the send records in the EngageLab console before sending again.</source>
        <translation>EngageLab 回報了問題（{text}），但計算 {total} 個門號中有 {accepted} 個已被接受。這些門號已標示為不明，系統不會自動重新發送；再次發送之前，請先到 EngageLab 主控台查看發送紀錄。</translation>
    </message>
    <message>
        <source>EngageLab accepted {accepted} of {total} numbers of this request without saying which. These numbers are marked unknown and will not be resent automatically; check the send records in the EngageLab console before sending again.</source>
        <translation>EngageLab 接受了這個請求 {total} 個門號中的 {accepted} 個，但沒有說明是哪些。這些門號已標示為不明，系統不會自動重新發送；再次發送之前，請先到 EngageLab 主控台查看發送紀錄。</translation>
    </message>
    <message>
        <source>EngageLab refused the scheduled time: {text}. It must be at least 3 minutes and at most 30 days from now.</source>
        <translation>EngageLab 拒絕了預約時間：{text}。預約時間必須在現在起至少 3 分鐘、最多 30 天之內。</translation>
    </message>
    <message>
        <source>EngageLab refused the request with an unexpected answer (HTTP {status}). Nothing was sent; check the server address in the account settings, or contact EngageLab support.</source>
        <translation>EngageLab 以非預期的回應拒絕了這個請求（HTTP {status}）。沒有發送任何簡訊；請檢查帳號設定中的伺服器位址，或聯絡 EngageLab 客服。</translation>
    </message>
    <message>
        <source>EngageLab answered without the expected details, so it is not known whether the message was accepted. It will not be resent automatically; check the EngageLab console before sending again.</source>
        <translation>EngageLab 的回應缺少預期的詳細資料，因此不知道簡訊是否已被接受。系統不會自動重新發送；再次發送之前，請先查看 EngageLab 主控台。</translation>
    </message>
    <message>
        <source>SepSMS did not accept the API key. Copy the key (it starts with sk_sep_) from the SepSMS developer dashboard into the account settings; if it was lost, create a new key there, as a key is shown only once.</source>
        <translation>SepSMS 不接受這組 API 金鑰。請從 SepSMS 開發者後台把金鑰（以 sk_sep_ 開頭）複製到帳號設定中；如果金鑰遺失了，請在那裡建立新的金鑰，因為金鑰只會顯示一次。</translation>
    </message>
    <message>
        <source>This SepSMS API key was revoked or disabled. Create a new key in the SepSMS developer dashboard and enter it in the account settings.</source>
        <translation>這組 SepSMS API 金鑰已被撤銷或停用。請在 SepSMS 開發者後台建立新的金鑰，並輸入到帳號設定中。</translation>
    </message>
    <message>
        <source>This SepSMS API key is not allowed to do this ({text}). In the SepSMS developer dashboard give the key the scopes sms:send, sms:read and credit:read (and otp:send, otp:verify for OTP), or create a key that has them.</source>
        <translation>這組 SepSMS API 金鑰沒有權限執行此操作（{text}）。請在 SepSMS 開發者後台給予金鑰 sms:send、sms:read 和 credit:read 權限（OTP 另需 otp:send、otp:verify），或建立具有這些權限的金鑰。</translation>
    </message>
    <message>
        <source>The SepSMS API key is limited to certain IP addresses and this computer&apos;s address is not one of them. Add the office&apos;s public IP address to the key&apos;s allowed IPs in the SepSMS developer dashboard.</source>
        <translation>這組 SepSMS API 金鑰限制只能從特定 IP 位址使用，而這台電腦的位址不在其中。請在 SepSMS 開發者後台將辦公室的對外 IP 位址加入金鑰允許的 IP。</translation>
    </message>
    <message>
        <source>The SepSMS account does not have enough credit for this send. Nothing was sent. Top up credit in the SepSMS dashboard, then send again.</source>
        <translation>SepSMS 帳號的點數不足以進行這次發送。沒有發送任何簡訊。請在 SepSMS 後台加值，然後再發送一次。</translation>
    </message>
    <message>
        <source>SepSMS limits how many requests can be made per minute and did not accept this one. Nothing was sent; wait a minute and try again.</source>
        <translation>SepSMS 限制每分鐘的請求次數，沒有接受這個請求。沒有發送任何簡訊；請等一分鐘後再試一次。</translation>
    </message>
    <message>
        <source>SepSMS allows only 5 OTP codes per minute from one address. Nothing was sent; wait a minute and try again.</source>
        <translation>SepSMS 每分鐘只允許同一個位址發送 5 組 OTP 驗證碼。沒有發送任何簡訊；請等一分鐘後再試一次。</translation>
    </message>
    <message>
        <source>SepSMS could not read the request. This is a problem in SMS Desk; please report it with the code shown.</source>
        <translation>SepSMS 無法讀取這個請求。這是 SMS Desk 的問題；請連同顯示的代碼回報給 SMS Desk 客服。</translation>
    </message>
    <message>
        <source>No sender name was given. Enter your approved SepSMS sender name (origin) in the account settings.</source>
        <translation>沒有提供發送者名稱。請在帳號設定中輸入 SepSMS 核准的發送者名稱（origin）。</translation>
    </message>
    <message>
        <source>SepSMS has not approved this sender name. Enter a sender name exactly as approved in the SepSMS dashboard, or ask SepSMS to approve it.</source>
        <translation>SepSMS 尚未核准這個發送者名稱。請輸入與 SepSMS 後台中核准的名稱完全相同的發送者名稱，或請 SepSMS 核准它。</translation>
    </message>
    <message>
        <source>The message is empty. Write the message text, then send again.</source>
        <translation>簡訊內容是空的。請輸入簡訊內容，然後再發送一次。</translation>
    </message>
    <message>
        <source>SepSMS refused the message because it is too long ({text}). Shorten the text and send again.</source>
        <translation>SepSMS 因簡訊太長而拒絕（{text}）。請縮短內容後再發送一次。</translation>
    </message>
    <message>
        <source>No phone number was given. Add recipients, then send again.</source>
        <translation>沒有提供手機號碼。請新增收件人，然後再發送一次。</translation>
    </message>
    <message>
        <source>SepSMS refused a phone number ({text}). SepSMS only reaches Thai mobile numbers; correct or remove the number and send again.</source>
        <translation>SepSMS 拒絕了一個門號（{text}）。SepSMS 只能送達泰國的手機門號；請修正或移除這個號碼，然後再發送一次。</translation>
    </message>
    <message>
        <source>SepSMS refused the personalised values ({text}). Check the columns used in the message and send again.</source>
        <translation>SepSMS 拒絕了個人化的值（{text}）。請檢查簡訊中使用的欄位，然後再發送一次。</translation>
    </message>
    <message>
        <source>SepSMS refused the scheduled time ({text}). Choose a time in the future and send again.</source>
        <translation>SepSMS 拒絕了預約時間（{text}）。請選擇未來的時間，然後再發送一次。</translation>
    </message>
    <message>
        <source>SepSMS refused the OTP message: it must contain {{code}} where the code goes.</source>
        <translation>SepSMS 拒絕了這則 OTP 簡訊：內容必須在放驗證碼的位置包含 {{code}}。</translation>
    </message>
    <message>
        <source>SepSMS refused a value in the request: {text}. Correct it and try again.</source>
        <translation>SepSMS 拒絕了請求中的某個值：{text}。請修正後再試一次。</translation>
    </message>
    <message>
        <source>SepSMS does not know this message. It may belong to another API key or account; check the account settings.</source>
        <translation>SepSMS 不認得這則簡訊。它可能屬於其他 API 金鑰或帳號；請檢查帳號設定。</translation>
    </message>
    <message>
        <source>SepSMS could not cancel this message because it is already being sent or was sent.</source>
        <translation>SepSMS 無法取消這則簡訊，因為它正在發送或已經發送。</translation>
    </message>
    <message>
        <source>This scheduled message was already cancelled.</source>
        <translation>這則預約簡訊已經取消了。</translation>
    </message>
    <message>
        <source>SepSMS does not know this OTP reference. Check it, or send a new code.</source>
        <translation>SepSMS 不認得這個 OTP 參考碼。請檢查它，或發送新的驗證碼。</translation>
    </message>
    <message>
        <source>This OTP code has expired. Send a new code.</source>
        <translation>這組 OTP 驗證碼已過期。請發送新的驗證碼。</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried for this OTP. Send a new code.</source>
        <translation>這組 OTP 輸入錯誤的次數太多。請發送新的驗證碼。</translation>
    </message>
    <message>
        <source>This OTP code was already used. Send a new code if needed.</source>
        <translation>這組 OTP 驗證碼已經使用過。如有需要，請發送新的驗證碼。</translation>
    </message>
    <message>
        <source>SepSMS had an internal problem. Try again in a few minutes.</source>
        <translation>SepSMS 發生內部問題。請幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>SepSMS refused the API key: {text}. Check the key and its scopes in the SepSMS developer dashboard.</source>
        <translation>SepSMS 拒絕了 API 金鑰：{text}。請在 SepSMS 開發者後台檢查金鑰及其權限。</translation>
    </message>
    <message>
        <source>SepSMS reported a credit problem: {text}. Check the credit in the SepSMS dashboard.</source>
        <translation>SepSMS 回報點數問題：{text}。請在 SepSMS 後台查看點數。</translation>
    </message>
    <message>
        <source>SepSMS asked us to slow down: {text}. Nothing was sent; try again in a minute.</source>
        <translation>SepSMS 要求我們放慢速度：{text}。沒有發送任何簡訊；請一分鐘後再試一次。</translation>
    </message>
    <message>
        <source>SepSMS refused the request: {text}. Correct it and try again.</source>
        <translation>SepSMS 拒絕了這個請求：{text}。請修正後再試一次。</translation>
    </message>
    <message>
        <source>SepSMS had a temporary problem: {text}. Try again in a few minutes.</source>
        <translation>SepSMS 發生暫時性問題：{text}。請幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>{number} is not a Thai mobile number. SepSMS only delivers to Thai mobile numbers (+66 followed by 9 digits starting with 6, 8 or 9).</source>
        <translation>{number} 不是泰國的手機門號。SepSMS 只送達泰國的手機門號（+66 後接以 6、8 或 9 開頭的 9 位數字）。</translation>
    </message>
    <message>
        <source>{number} is not a Thai number. SepSMS only delivers to Thai mobile networks; send to this number through another vendor account.</source>
        <translation>{number} 不是泰國的號碼。SepSMS 只送達泰國的行動網路；請透過其他廠商帳號發送給這個門號。</translation>
    </message>
    <message>
        <source>No SepSMS API key is set. Enter the key (sk_sep_...) in the account settings.</source>
        <translation>尚未設定 SepSMS API 金鑰。請在帳號設定中輸入金鑰（sk_sep_...）。</translation>
    </message>
    <message>
        <source>The SepSMS server address did not answer as expected (not found). Check the server address in the account settings, or leave it empty to use the default.</source>
        <translation>SepSMS 伺服器位址的回應不如預期（找不到）。請檢查帳號設定中的伺服器位址，或將它留空以使用預設值。</translation>
    </message>
    <message>
        <source>SepSMS refused the request with an unexpected answer. Nothing was sent; contact SepSMS support with the code shown.</source>
        <translation>SepSMS 以非預期的回應拒絕了這個請求。沒有發送任何簡訊；請帶著顯示的代碼聯絡 SepSMS 客服。</translation>
    </message>
    <message>
        <source>SepSMS answered without the expected details, so it is not known whether the message was accepted. It will not be resent automatically; check the SepSMS dashboard before sending again.</source>
        <translation>SepSMS 的回應缺少預期的詳細資料，因此不知道簡訊是否已被接受。系統不會自動重新發送；再次發送之前，請先查看 SepSMS 後台。</translation>
    </message>
    <message>
        <source>The scheduled time has passed or is less than 1 minute away. SepSMS would send at once; choose a time at least 1 minute from now.</source>
        <translation>預約時間已經過了，或距離現在不到 1 分鐘。SepSMS 會立即發送；請選擇至少 1 分鐘之後的時間。</translation>
    </message>
    <message>
        <source>SepSMS blocked this number (for example it opted out of messages).</source>
        <translation>SepSMS 封鎖了這個門號（例如對方已退訂簡訊）。</translation>
    </message>
    <message>
        <source>SepSMS refused the send with a code this version of SMS Desk does not know ({code}: {text}). The send is paused so every batch is not refused the same way. Check the account in the SepSMS dashboard (sender name approval, API key, account status), then resume the send.</source>
        <translation>SepSMS 以這個版本的 SMS Desk 不認得的代碼拒絕了發送（{code}：{text}）。為免每一批都被同樣拒絕，發送已暫停。請到 SepSMS 後台檢查帳號（寄件人名稱核准、API 金鑰、帳號狀態），再繼續發送。</translation>
    </message>
    <message>
        <source>SepSMS answered the status query in an unexpected form. Try again later.</source>
        <translation>SepSMS 回應狀態查詢的格式不如預期。請稍後再試一次。</translation>
    </message>
    <message>
        <source>SepSMS answered the balance query in an unexpected form. Try again later.</source>
        <translation>SepSMS 回應餘額查詢的格式不如預期。請稍後再試一次。</translation>
    </message>
    <message>
        <source>The OTP message must contain {{code}} where SepSMS puts the code (and may contain {{ref}} for the reference).</source>
        <translation>OTP 簡訊必須在 SepSMS 放入驗證碼的位置包含 {{code}}（也可以用 {{ref}} 放參考碼）。</translation>
    </message>
    <message>
        <source>The OTP validity must be between {low} and {high} seconds.</source>
        <translation>OTP 的有效時間必須介於 {low} 到 {high} 秒之間。</translation>
    </message>
    <message>
        <source>The OTP code length must be between {low} and {high} digits.</source>
        <translation>OTP 驗證碼的長度必須介於 {low} 到 {high} 位數之間。</translation>
    </message>
    <message>
        <source>The code is not correct. Check it and try again.</source>
        <translation>驗證碼不正確。請檢查後再試一次。</translation>
    </message>
    <message>
        <source>TwSMS has no delivery report for this message yet. Check again later.</source>
        <translation>TwSMS 還沒有這則簡訊的送達報告。請稍後再查詢。</translation>
    </message>
    <message>
        <source>TwSMS says the username or password is not in a valid form. Re-enter both in the account settings exactly as you use them to sign in at www.twsms.com.</source>
        <translation>TwSMS 表示帳號或密碼的格式不正確。請在帳號設定中重新輸入兩者，必須與您登入 www.twsms.com 時使用的完全相同。</translation>
    </message>
    <message>
        <source>TwSMS does not know this username. Check the username in the account settings: it is the one you sign in to www.twsms.com with.</source>
        <translation>TwSMS 不認得這個帳號。請檢查帳號設定中的帳號：就是您登入 www.twsms.com 使用的帳號。</translation>
    </message>
    <message>
        <source>TwSMS refused the password. Re-enter the password in the account settings; if it was changed on www.twsms.com, use the new one.</source>
        <translation>TwSMS 拒絕了密碼。請在帳號設定中重新輸入密碼；如果您在 www.twsms.com 更改過密碼，請使用新密碼。</translation>
    </message>
    <message>
        <source>The TwSMS account does not have enough points for this message. Buy more points at www.twsms.com, then send the remaining messages.</source>
        <translation>TwSMS 帳號的點數不足以發送這則簡訊。請到 www.twsms.com 購買點數，然後再發送剩下的簡訊。</translation>
    </message>
    <message>
        <source>TwSMS refused this computer&apos;s internet address. Sign in at www.twsms.com, open Account settings (帳號設定) → API settings (API 設定) and add the office&apos;s public IP address to the allowed IPs, then try again. &quot;Test connection&quot; shows the address TwSMS sees.</source>
        <translation>TwSMS 拒絕了這台電腦的網路位址。請登入 www.twsms.com，開啟「帳號設定 → API 設定」，把辦公室的對外 IP 位址加入允許的 IP，然後再試一次。「測試連線」會顯示 TwSMS 看到的位址。</translation>
    </message>
    <message>
        <source>This TwSMS account may not send to numbers outside Taiwan. Ask TwSMS to allow international numbers, or remove the foreign numbers from the list.</source>
        <translation>這個 TwSMS 帳號不能發送到台灣以外的門號。請要求 TwSMS 開放國際門號，或從名單中移除國外門號。</translation>
    </message>
    <message>
        <source>This TwSMS account has been disabled. Contact TwSMS customer service to reactivate it.</source>
        <translation>這個 TwSMS 帳號已被停用。請聯絡 TwSMS 客服重新啟用。</translation>
    </message>
    <message>
        <source>The API is not enabled for this TwSMS account. Sign in at www.twsms.com, open Account settings (帳號設定) → API settings (API 設定), enable the API, then try again.</source>
        <translation>這個 TwSMS 帳號尚未啟用 API。請登入 www.twsms.com，開啟「帳號設定 → API 設定」，啟用 API 後再試一次。</translation>
    </message>
    <message>
        <source>TwSMS did not accept the scheduled time. Pick the date and time again; if this keeps happening, contact SMS Desk support.</source>
        <translation>TwSMS 不接受預約時間。請重新選擇日期和時間；如果一直發生，請聯絡 SMS Desk 客服。</translation>
    </message>
    <message>
        <source>TwSMS did not accept the message validity period. In the account settings, set it to a whole number of seconds from 300 to 28800.</source>
        <translation>TwSMS 不接受簡訊有效時間。請在帳號設定中將它設為 300 到 28800 之間的整數秒數。</translation>
    </message>
    <message>
        <source>TwSMS says the phone number is not valid. Taiwan mobiles start with 09 and have 10 digits; foreign numbers need their country code. Correct the number in the list.</source>
        <translation>TwSMS 表示門號無效。台灣手機門號以 09 開頭，共 10 位數；國外號碼需要加上國碼。請修正名單中的號碼。</translation>
    </message>
    <message>
        <source>The message is empty. Type the message text and send again.</source>
        <translation>簡訊內容是空的。請輸入簡訊內容後再發送一次。</translation>
    </message>
    <message>
        <source>TwSMS cannot send long messages to numbers outside Taiwan. Shorten the message to 70 characters (160 if it uses only English letters, digits and basic symbols), or send to the foreign numbers separately with a shorter text.</source>
        <translation>TwSMS 無法發送長簡訊到台灣以外的門號。請將簡訊縮短為 70 個字（如果只用英文字母、數字和基本符號則為 160 個字），或用較短的內容另外發送給國外門號。</translation>
    </message>
    <message>
        <source>The message is longer than TwSMS allows: 335 characters (765 if it uses only English letters, digits and basic symbols), or 70 (160) when long messages are turned off in the account settings. Shorten it and send again.</source>
        <translation>簡訊長度超過 TwSMS 的上限：335 個字（如果只用英文字母、數字和基本符號則為 765 個字），帳號設定中關閉長簡訊時則為 70（160）個字。請縮短後再發送一次。</translation>
    </message>
    <message>
        <source>TwSMS did not accept the delivery report address (drurl) in the account settings. Enter a complete address starting with http:// or https://, or clear it.</source>
        <translation>TwSMS 不接受帳號設定中的送達報告網址（drurl）。請輸入以 http:// 或 https:// 開頭的完整網址，或將它清除。</translation>
    </message>
    <message>
        <source>SMS-Get said a value in the request was missing or wrong (parameter error). Check the phone numbers and the message; if this keeps happening, contact SMS Desk support.</source>
        <translation>SMS-Get 表示請求中有值遺漏或錯誤（參數錯誤）。請檢查手機號碼和簡訊內容；如果一直發生，請聯絡 SMS Desk 客服。</translation>
    </message>
    <message>
        <source>SMS-Get did not accept the scheduled date or time. Pick the date and time again.</source>
        <translation>SMS-Get 不接受預約的日期或時間。請重新選擇日期和時間。</translation>
    </message>
    <message>
        <source>The scheduled time has already passed. Pick a time in the future and send again.</source>
        <translation>預約時間已經過了。請選擇未來的時間，然後再發送一次。</translation>
    </message>
    <message>
        <source>The message is too long for SMS-Get. Shorten it and send again.</source>
        <translation>簡訊對 SMS-Get 來說太長了。請縮短後再發送一次。</translation>
    </message>
    <message>
        <source>SMS-Get refused the username or password. Re-enter them in the account settings exactly as you use them to sign in at sms-get.com.</source>
        <translation>SMS-Get 拒絕了帳號或密碼。請在帳號設定中重新輸入，必須與您登入 sms-get.com 時使用的完全相同。</translation>
    </message>
    <message>
        <source>SMS-Get refused this computer&apos;s internet address. Sign in at sms-get.com, open the API settings page and allow the office&apos;s public IP address, then try again.</source>
        <translation>SMS-Get 拒絕了這台電腦的網路位址。請登入 sms-get.com，開啟 API 設定頁面並允許辦公室的對外 IP 位址，然後再試一次。</translation>
    </message>
    <message>
        <source>SMS-Get received no recipients. Add at least one phone number and send again.</source>
        <translation>SMS-Get 沒有收到任何收件人。請至少新增一個手機號碼，然後再發送一次。</translation>
    </message>
    <message>
        <source>SMS-Get takes at most 250 recipients per request. Send again; if this keeps happening, contact SMS Desk support.</source>
        <translation>SMS-Get 每個請求最多接受 250 位收件人。請再發送一次；如果一直發生，請聯絡 SMS Desk 客服。</translation>
    </message>
    <message>
        <source>The SMS-Get account does not have enough points. Buy more points at sms-get.com, then send the remaining messages.</source>
        <translation>SMS-Get 帳號的點數不足。請到 sms-get.com 購買點數，然後再發送剩下的簡訊。</translation>
    </message>
    <message>
        <source>Two-way messaging is not enabled for this SMS-Get account. Apply for it with SMS-Get, or turn off two-way sending in the account settings.</source>
        <translation>這個 SMS-Get 帳號尚未開通雙向簡訊。請向 SMS-Get 申請，或在帳號設定中關閉雙向發送。</translation>
    </message>
    <message>
        <source>TwSMS could not reach the delivery report address (drurl) in the account settings; it must answer with HTTP 200. Check that the receiving service is running and reachable from the internet, or turn off the address check in the account settings.</source>
        <translation>TwSMS 無法連上帳號設定中的送達報告網址（drurl）；該網址必須回應 HTTP 200。請確認接收服務正在執行且可從網際網路連上，或在帳號設定中關閉網址檢查。</translation>
    </message>
    <message>
        <source>The message contains emoji or picture characters, which TwSMS does not accept. Remove them and send again.</source>
        <translation>簡訊含有表情符號或圖形字元，TwSMS 不接受。請移除後再發送一次。</translation>
    </message>
    <message>
        <source>TwSMS could not find this message for this phone number. Its records may have expired; check the message on www.twsms.com.</source>
        <translation>TwSMS 找不到這個門號的這則簡訊。它的紀錄可能已過期；請到 www.twsms.com 查看這則簡訊。</translation>
    </message>
    <message>
        <source>This scheduled message has not been sent yet, so it has no delivery status. Check again after the scheduled time.</source>
        <translation>這則預約簡訊尚未發送，所以還沒有送達狀態。請在預約時間之後再查詢。</translation>
    </message>
    <message>
        <source>TwSMS does not know the two-way code (snumber) in the account settings. Copy the 5-digit code from www.twsms.com, or clear it if the account has no two-way number.</source>
        <translation>TwSMS 不認得帳號設定中的雙向代碼（snumber）。請從 www.twsms.com 複製 5 位數的代碼，如果帳號沒有雙向門號則將它清除。</translation>
    </message>
    <message>
        <source>TwSMS has no replies for the requested day.</source>
        <translation>TwSMS 在指定的日期沒有任何回覆。</translation>
    </message>
    <message>
        <source>TwSMS did not understand the status query (phone number or message ID). If this keeps happening, contact SMS Desk support.</source>
        <translation>TwSMS 看不懂這個狀態查詢（門號或簡訊編號）。如果一直發生，請聯絡 SMS Desk 客服。</translation>
    </message>
    <message>
        <source>TwSMS did not understand the reply query. Check that the two-way code (snumber) in the account settings is the 5-digit code shown on www.twsms.com.</source>
        <translation>TwSMS 看不懂這個回覆查詢。請確認帳號設定中的雙向代碼（snumber）就是 www.twsms.com 上顯示的 5 位數代碼。</translation>
    </message>
    <message>
        <source>TwSMS had a data processing problem and did not accept the request, even after sending it again. Nothing was sent; try again in a few minutes.</source>
        <translation>TwSMS 發生資料處理問題，即使重新送出後仍沒有接受這個請求。沒有發送任何簡訊；請幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>TwSMS reported a system error and did not accept the request. Try again later; if this keeps happening, contact TwSMS customer service.</source>
        <translation>TwSMS 回報系統錯誤，沒有接受這個請求。請稍後再試一次；如果一直發生，請聯絡 TwSMS 客服。</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the request signature: the App Key does not belong to this SDK AppID. Copy the SDK AppID and App Key again from the SMS console (Application Management &gt; Basic Info).</source>
        <translation>Tencent Cloud 拒絕了請求的簽章：這組 App Key 不屬於這個 SDK AppID。請從簡訊主控台（應用管理 &gt; 基本資訊）重新複製 SDK AppID 和 App Key。</translation>
    </message>
    <message>
        <source>Tencent Cloud found a forbidden word in the message. Change the wording of the template values and send again.</source>
        <translation>Tencent Cloud 在簡訊中發現禁用字詞。請修改範本值的用詞後再發送一次。</translation>
    </message>
    <message>
        <source>The request carried no signature because the App Key is empty. Enter the App Key in the account settings.</source>
        <translation>因為 App Key 是空的，請求沒有帶簽章。請在帳號設定中輸入 App Key。</translation>
    </message>
    <message>
        <source>Tencent Cloud could not read the request ({text}). Check the template ID and values; if it persists, report it to SMS Desk support.</source>
        <translation>Tencent Cloud 無法讀取這個請求（{text}）。請檢查範本 ID 和範本值；如果持續發生，請回報給 SMS Desk 客服。</translation>
    </message>
    <message>
        <source>This SDK AppID is not allowed to use this function. Pulling delivery reports and replies must be enabled by Tencent Cloud&apos;s SMS Helper; ask them to enable it.</source>
        <translation>這個 SDK AppID 不能使用此功能。拉取送達報告和回覆必須由 Tencent Cloud 簡訊小幫手開通；請向他們申請開通。</translation>
    </message>
    <message>
        <source>Tencent Cloud reported an error ({text}). Try again later; if it persists, contact Tencent Cloud&apos;s SMS Helper with the failed phone number.</source>
        <translation>Tencent Cloud 回報錯誤（{text}）。請稍後再試一次；如果持續發生，請帶著發送失敗的手機號碼聯絡 Tencent Cloud 簡訊小幫手。</translation>
    </message>
    <message>
        <source>Tencent Cloud timed out while handling the request. Try again in a few minutes.</source>
        <translation>Tencent Cloud 處理請求時逾時。請幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>This computer&apos;s public IP address is not in the SDK AppID&apos;s IP allow-list. Add the office&apos;s public IP in the SMS console&apos;s application settings, or turn the allow-list off.</source>
        <translation>這台電腦的對外 IP 位址不在這個 SDK AppID 的 IP 白名單中。請在簡訊主控台的應用設定中加入辦公室的對外 IP，或關閉白名單。</translation>
    </message>
    <message>
        <source>The server does not offer this Tencent Cloud SMS function. Check the server address in the account settings (normally leave it empty).</source>
        <translation>這個伺服器沒有提供此 Tencent Cloud SMS 功能。請檢查帳號設定中的伺服器位址（通常應留空）。</translation>
    </message>
    <message>
        <source>The SMS signature is not approved or has a wrong format. Use an approved signature (2 to 12 letters, digits or Chinese characters, without brackets) in the account settings, or leave it empty for the default signature.</source>
        <translation>簡訊簽名尚未審核通過或格式錯誤。請在帳號設定中使用審核通過的簽名（2 到 12 個英文字母、數字或中文字，不含括號），或留空以使用預設簽名。</translation>
    </message>
    <message>
        <source>Tencent Cloud&apos;s sending-frequency rules stopped this message. Wait before sending to this number again, or relax the frequency rules in the SMS console.</source>
        <translation>Tencent Cloud 的發送頻率規則擋下了這則簡訊。請稍候再發送到這個門號，或在簡訊主控台中放寬頻率規則。</translation>
    </message>
    <message>
        <source>The template is not approved, or the values do not match the approved template. Check in the SMS console that the template ID is approved and give exactly one value per placeholder.</source>
        <translation>範本尚未審核通過，或範本值與審核通過的範本不符。請在簡訊主控台確認範本 ID 已審核通過，並為每個變數提供剛好一個值。</translation>
    </message>
    <message>
        <source>This number is on Tencent Cloud&apos;s block list (the person unsubscribed or the carrier blocks it). Remove it from the list; Tencent Cloud&apos;s SMS Helper can explain details.</source>
        <translation>這個門號在 Tencent Cloud 的封鎖名單中（對方已退訂，或被電信業者封鎖）。請將它從名單中移除；Tencent Cloud 簡訊小幫手可以說明詳細情形。</translation>
    </message>
    <message>
        <source>Tencent Cloud says this phone number has a wrong format. Correct the number in the list.</source>
        <translation>Tencent Cloud 表示這個手機號碼的格式錯誤。請修正名單中的號碼。</translation>
    </message>
    <message>
        <source>The message is too long for Tencent Cloud (at most 450 characters including the signature). Shorten the template values.</source>
        <translation>簡訊對 Tencent Cloud 來說太長了（最多 450 個字，包含簽名）。請縮短範本值。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the voice verification code format. Use digits only.</source>
        <translation>Tencent Cloud 拒絕了語音驗證碼的格式。請只使用數字。</translation>
    </message>
    <message>
        <source>Tencent Cloud does not know this SDK AppID. Copy it again from the SMS console (Application Management &gt; Application List).</source>
        <translation>Tencent Cloud 不認得這個 SDK AppID。請從簡訊主控台（應用管理 &gt; 應用列表）重新複製。</translation>
    </message>
    <message>
        <source>This SDK AppID is disabled at Tencent Cloud. Enable the application in the SMS console or use another one.</source>
        <translation>這個 SDK AppID 在 Tencent Cloud 已被停用。請在簡訊主控台中啟用這個應用程式，或改用其他應用程式。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request because this computer&apos;s clock differs from the correct time by more than 10 minutes. Set the date, time and time zone correctly (turn on automatic time) and try again.</source>
        <translation>這台電腦的時鐘與正確時間相差超過 10 分鐘，因此 Tencent Cloud 拒絕了這個請求。請正確設定日期、時間和時區（開啟自動設定時間），然後再試一次。</translation>
    </message>
    <message>
        <source>The application&apos;s daily sending limit is reached. Send the rest tomorrow or raise the daily limit in the SMS console.</source>
        <translation>已達到應用程式的每日發送上限。請明天再發送剩下的簡訊，或在簡訊主控台中提高每日上限。</translation>
    </message>
    <message>
        <source>Too many messages to this number within 30 seconds. Wait a little before sending to it again, or change the limit in the SMS console.</source>
        <translation>30 秒內發送到這個門號的簡訊太多。請稍候再發送給它，或在簡訊主控台中更改限制。</translation>
    </message>
    <message>
        <source>Too many messages to this number within one hour. Send to it later, or change the limit in the SMS console.</source>
        <translation>一小時內發送到這個門號的簡訊太多。請稍後再發送給它，或在簡訊主控台中更改限制。</translation>
    </message>
    <message>
        <source>Too many messages to this number today. Send to it tomorrow, or change the limit in the SMS console.</source>
        <translation>今天發送到這個門號的簡訊太多。請明天再發送給它，或在簡訊主控台中更改限制。</translation>
    </message>
    <message>
        <source>The same message was already sent to this number too many times today. Do not resend it; change the limit in the SMS console if needed.</source>
        <translation>今天已經對這個門號發送太多次相同的簡訊。請不要重新發送；如有需要，請在簡訊主控台中更改限制。</translation>
    </message>
    <message>
        <source>Marketing messages may only be sent during the day (China time). Send it again during allowed hours.</source>
        <translation>行銷簡訊只能在白天（中國時間）發送。請在允許的時段內再發送一次。</translation>
    </message>
    <message>
        <source>Tencent Cloud does not support this request (for example a voice template sent as SMS). Choose an SMS template.</source>
        <translation>Tencent Cloud 不支援這個請求（例如把語音範本當作簡訊發送）。請選擇簡訊範本。</translation>
    </message>
    <message>
        <source>The SMS package is used up. Buy more messages in the Tencent Cloud SMS console, then send again.</source>
        <translation>簡訊套餐已用完。請在 Tencent Cloud SMS 主控台購買更多簡訊，然後再發送一次。</translation>
    </message>
    <message>
        <source>Personal Tencent Cloud accounts may not send marketing messages. Use a notification template, or verify the account as a business.</source>
        <translation>Tencent Cloud 個人帳號不能發送行銷簡訊。請使用通知範本，或將帳號認證為企業帳號。</translation>
    </message>
    <message>
        <source>Tencent Cloud stopped the service because the account is in arrears. Pay the outstanding amount in the Tencent Cloud console.</source>
        <translation>帳號欠費，Tencent Cloud 已停止服務。請在 Tencent Cloud 主控台繳清欠款。</translation>
    </message>
    <message>
        <source>A bulk request mixed mainland China and international numbers. Send them separately.</source>
        <translation>大量發送的請求中混合了中國大陸和國際門號。請分開發送。</translation>
    </message>
    <message>
        <source>A template value is longer than Tencent Cloud allows (12 characters). Shorten the values.</source>
        <translation>範本值超過 Tencent Cloud 允許的長度（12 個字）。請縮短範本值。</translation>
    </message>
    <message>
        <source>Tencent Cloud does not send SMS to this country or region with this function. Remove the number or use another vendor for it.</source>
        <translation>Tencent Cloud 的這項功能不發送簡訊到這個國家或地區。請移除這個門號，或改用其他廠商發送。</translation>
    </message>
    <message>
        <source>More than 200 numbers were sent in one bulk request. Send smaller groups.</source>
        <translation>一次大量發送的請求超過 200 個門號。請分成較小的批次發送。</translation>
    </message>
    <message>
        <source>The daily limit for international messages is reached. Send the rest tomorrow or ask Tencent Cloud to raise it.</source>
        <translation>已達到國際簡訊的每日上限。請明天再發送剩下的簡訊，或請 Tencent Cloud 提高上限。</translation>
    </message>
    <message>
        <source>Tencent Cloud timed out while processing the request. Try again in a few minutes.</source>
        <translation>Tencent Cloud 處理請求時逾時。請幾分鐘後再試一次。</translation>
    </message>
</context>
<context>
    <name>VendorHelp</name>
    <message>
        <source>EngageLab sends only message templates approved in the EngageLab SMS console. Before sending, create and get approval for your templates there, then copy the Dev Key and Dev Secret from the API key settings. Scheduled sends must be 3 minutes to 30 days ahead. EngageLab offers no balance or delivery-status query through this API.</source>
        <translation>EngageLab 只發送在 EngageLab 簡訊主控台中審核通過的簡訊範本。發送前，請先在那裡建立範本並通過審核，然後從 API 金鑰設定中複製 Dev Key 和 Dev Secret。預約發送必須在 3 分鐘到 30 天之後。EngageLab 的這個 API 不提供餘額或送達狀態查詢。</translation>
    </message>
    <message>
        <source>The Sandbox is a practice account built into SMS Desk. Nothing is really sent and nothing is charged: it accepts messages, reports them delivered a few seconds later (numbers ending in 000 fail, 444 expire) and numbers ending in 7 reply.</source>
        <translation>Sandbox 是 SMS Desk 內建的練習帳號。不會真的發送，也不會扣任何點數：它會接受簡訊，幾秒後回報已送達（結尾為 000 的門號會失敗，444 會逾時），結尾為 7 的門號會回覆。</translation>
    </message>
    <message>
        <source>SepSMS sends to Thai mobile networks only. Sign in to the SepSMS developer dashboard, create an API key (sk_sep_...) with the scopes you need, and copy it at once: it is shown only once. Each key can be limited to IP addresses and has its own per-minute limits (120 sends per minute). Use a sender name SepSMS has approved.</source>
        <translation>SepSMS 只發送到泰國的行動網路。請登入 SepSMS 開發者後台，建立具有所需權限的 API 金鑰（sk_sep_...），並立即複製：它只會顯示一次。每組金鑰都可以限制 IP 位址，並有各自的每分鐘限制（每分鐘 120 次發送）。請使用 SepSMS 已核准的發送者名稱。</translation>
    </message>
    <message>
        <source>Tencent Cloud SMS (API v5) sends only templates approved in its console; SMS Desk fills in the template values. Bulk sending is for mainland China numbers; other numbers are sent one by one. Delivery reports and replies can be pulled once Tencent Cloud&apos;s SMS Helper enables it, or pushed to a callback address set in the console. Requests carry the time: this computer&apos;s clock must be within 10 minutes of the correct time. If the application has an IP allow-list, add the office&apos;s public IP.</source>
        <translation>Tencent Cloud SMS（API v5）只發送在其主控台中審核通過的範本；SMS Desk 會填入範本值。大量發送只適用於中國大陸門號；其他門號會逐一發送。送達報告和回覆可以在 Tencent Cloud 簡訊小幫手開通後拉取，或推送到主控台中設定的回呼網址。請求會帶有時間：這台電腦的時鐘與正確時間的誤差必須在 10 分鐘以內。如果應用程式設有 IP 白名單，請加入辦公室的對外 IP。</translation>
    </message>
    <message>
        <source>Sign in at www.twsms.com. Under Account settings (帳號設定) → API settings (API 設定) enable the API and, if you use an IP allow-list, add this office&apos;s public IP address (Test connection shows it). A Taiwan mobile costs 1 point per message (long messages: 1 point per 67 characters, 153 in English letters only); a foreign number costs 5 points and cannot get long messages. Emoji are not accepted.</source>
        <translation>請登入 www.twsms.com。在「帳號設定 → API 設定」中啟用 API；如果您使用 IP 白名單，請加入這個辦公室的對外 IP 位址（「測試連線」會顯示該位址）。台灣手機每則簡訊扣 1 點（長簡訊：每 67 個字扣 1 點，純英文字母為 153 個字）；國外門號每則扣 5 點，而且不能接收長簡訊。不接受表情符號。</translation>
    </message>
    <message>
        <source>Use your sms-get.com username and password. For delivery reports and replies, set the CallBack URLs on SMS-Get&apos;s API settings page (reports arrive about 24 hours after sending). Per message part: Taiwan 1 point, mainland China 4, other countries 2; two-way messages (Taiwan only) 1. A part holds 70 characters (160 in English letters only); longer messages are split into parts of 67 (153).</source>
        <translation>請使用您的 sms-get.com 帳號和密碼。要接收送達報告和回覆，請在 SMS-Get 的 API 設定頁面設定 CallBack URL（報告大約在發送後 24 小時送達）。每段簡訊：台灣 1 點，中國大陸 4 點，其他國家 2 點；雙向簡訊（僅限台灣）1 點。每段可容納 70 個字（純英文字母為 160 個字）；較長的簡訊會分成每段 67（153）個字。</translation>
    </message>
    <message>
        <source>The driver for this vendor is not installed or could not be loaded, so this account cannot send or be checked. Reinstall the package that provides it, then restart SMS Desk.</source>
        <translation>這個廠商的驅動程式沒有安裝或無法載入，所以這個帳號無法發送，也無法檢查。請重新安裝提供它的套件，再重新啟動 SMS Desk。</translation>
    </message>
</context>
<context>
    <name>VendorTools</name>
    <message>
        <source>The request stopped with an unexpected problem ({kind}). Try again; if it keeps happening, send the log file to support.</source>
        <translation>請求因非預期的問題而中止（{kind}）。請再試一次；如果一直發生，請將記錄檔寄給客服人員。</translation>
    </message>
</context>
<context>
    <name>VendorToolsDialog</name>
    <message>
        <source>Vendor tools — {name}</source>
        <translation>廠商工具 — {name}</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>OTP test</source>
        <translation>OTP 測試</translation>
    </message>
    <message>
        <source>{vendor} offers no extra tools.</source>
        <translation>{vendor} 沒有提供額外的工具。</translation>
    </message>
</context>
<context>
    <name>Webhooks</name>
    <message>
        <source>No SepSMS webhook secret is set, so notifications cannot be checked. Copy the signing secret from the SepSMS developer dashboard into the account settings.</source>
        <translation>尚未設定 SepSMS Webhook 密鑰，因此無法驗證通知。請從 SepSMS 開發者後台把簽章密鑰複製到帳號設定中。</translation>
    </message>
    <message>
        <source>The notification has no X-Webhook-Signature header and was ignored.</source>
        <translation>這則通知沒有 X-Webhook-Signature 標頭，已被忽略。</translation>
    </message>
    <message>
        <source>The notification&apos;s timestamp headers disagree; it was ignored.</source>
        <translation>這則通知的時間戳記標頭互相矛盾；已被忽略。</translation>
    </message>
    <message>
        <source>The notification is too old or dated in the future (more than {seconds} seconds from this computer&apos;s clock) and was ignored. Check the computer&apos;s date and time.</source>
        <translation>這則通知太舊或日期在未來（與這台電腦的時鐘相差超過 {seconds} 秒），已被忽略。請檢查電腦的日期和時間。</translation>
    </message>
    <message>
        <source>The notification&apos;s signature does not match the webhook secret, so it was ignored. Check that the secret in the account settings is the one shown in the SepSMS developer dashboard.</source>
        <translation>這則通知的簽章與 Webhook 密鑰不符，因此已被忽略。請確認帳號設定中的密鑰就是 SepSMS 開發者後台中顯示的密鑰。</translation>
    </message>
    <message>
        <source>The notification&apos;s X-Webhook-Signature header is not readable; it was ignored.</source>
        <translation>無法讀取這則通知的 X-Webhook-Signature 標頭；已被忽略。</translation>
    </message>
    <message>
        <source>SepSMS credit is running low: {amount} credits left. Top up in the SepSMS dashboard to keep sending.</source>
        <translation>SepSMS 點數即將用完：剩餘 {amount} 點。請在 SepSMS 後台加值以繼續發送。</translation>
    </message>
    <message>
        <source>A SepSMS credit purchase was completed.</source>
        <translation>已完成一筆 SepSMS 點數購買。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SMS Desk</source>
        <translation>歡迎使用 SMS Desk</translation>
    </message>
    <message>
        <source>Send, schedule and track SMS to your customers.

Start with the Sandbox: a free practice account built in. It behaves like a real vendor (deliveries, failures, replies, a balance) but nothing leaves your computer and nothing is charged.

When you are ready, add your real account (TwSMS, SMS-Get, SepSMS, EngageLab or Tencent Cloud SMS) under Tools → Accounts. Your password is kept in the system keychain.</source>
        <translation>發送、預約及追蹤給客戶的簡訊。

建議先從 Sandbox 開始：這是內建的免費練習帳號。它的運作就像真正的廠商（送達、失敗、回覆、餘額），但不會有任何資料離開您的電腦，也不會收取任何費用。

準備好之後，請在「工具 → 帳號」中新增您真正的帳號（TwSMS、SMS-Get、SepSMS、EngageLab 或 Tencent Cloud SMS）。您的密碼會保存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <source>Show this guide next time</source>
        <translation>下次仍顯示這份指南</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>試用 Sandbox 練習帳號</translation>
    </message>
    <message>
        <source>Add a real account…</source>
        <translation>新增真正的帳號…</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>{n} seconds</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} 分鐘</translation>
    </message>
    <message>
        <source>{vendor} schedules at most {days} days ahead. Nothing was sent. Choose {latest} or earlier.</source>
        <translation>{vendor} 最多只能預約 {days} 天後的時間。沒有發送任何訊息。請選擇 {latest} 或更早的時間。</translation>
    </message>
    <message>
        <source>{vendor} needs the scheduled time at least {ahead} after the request reaches it, so {when} is too soon. Nothing was sent. Choose {earliest} or later.</source>
        <translation>{vendor} 要求預約時間至少在請求送達後 {ahead}，所以 {when} 太近了。沒有發送任何訊息。請選擇 {earliest} 或更晚的時間。</translation>
    </message>
    <message>
        <source>This job takes {requests} requests; at {rate} per second the last one leaves about {lead} after the first, and {vendor} needs each one at least {ahead} before the scheduled time. Part of the job could miss {when}, so nothing was sent. Choose {earliest} or later.</source>
        <translation>這個工作需要 {requests} 次請求；以每秒 {rate} 次計算，最後一次約在第一次之後 {lead} 才送出，而 {vendor} 要求每次請求都至少比預約時間早 {ahead}。部分訊息可能趕不上 {when}，所以沒有發送任何訊息。請選擇 {earliest} 或更晚的時間。</translation>
    </message>
    <message>
        <source>{vendor} holds {scheduled} recipients of job {job} for {when}, but the other {rest} can no longer be scheduled for that time. Send the rest now, or cancel the rest.</source>
        <translation>{vendor} 已為工作 {job} 預約 {scheduled} 位收件人於 {when} 發送，但其餘 {rest} 位已無法預約在那個時間。請選擇立即發送其餘的，或取消其餘的。</translation>
    </message>
    <message>
        <source>The {rest} recipients of job {job} can no longer be scheduled for {when} at {vendor}: that time is too close now. Send them now, or cancel the job.</source>
        <translation>工作 {job} 的 {rest} 位收件人已無法在 {vendor} 預約於 {when}：那個時間已經太近了。請選擇立即發送，或取消這個工作。</translation>
    </message>
    <message>
        <source>{vendor} cannot cancel scheduled messages through its API: cancel those on its website.</source>
        <translation>{vendor} 的 API 無法取消已預約的訊息：請到它的網站上取消。</translation>
    </message>
    <message>
        <source>To send the rest now: “smsdesk-cli resume {job} --send-now”. To cancel the rest (and what the vendor holds for later, where it allows): “smsdesk-cli cancel {job}”.</source>
        <translation>若要立即發送其餘的：「smsdesk-cli resume {job} --send-now」。若要取消其餘的（以及廠商端允許取消的預約訊息）：「smsdesk-cli cancel {job}」。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>A shared workspace address looks like postgresql://user@server/database, not “{url}”.</source>
        <translation>共用工作區的位址格式為 postgresql://使用者@伺服器/資料庫，而不是「{url}」。</translation>
    </message>
    <message>
        <source>The shared workspace address needs a user and a database: postgresql://user@server/database.</source>
        <translation>共用工作區的位址需要使用者和資料庫：postgresql://使用者@伺服器/資料庫。</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL {version}, which is too old: a shared workspace needs PostgreSQL 12 or newer. Upgrade the server, or use another one.</source>
        <translation>伺服器執行的是 PostgreSQL {version}，版本太舊：共用工作區需要 PostgreSQL 12 或更新版本。請升級伺服器，或改用其他伺服器。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version} on {host} as {user}: this server can hold the shared workspace.</source>
        <translation>已用 {user} 連線到 {host} 上的 PostgreSQL {version}：這台伺服器可以存放共用工作區。</translation>
    </message>
    <message>
        <source>The server refused the password for the user {user}. Check the user name and the password (they are case-sensitive) and try again.</source>
        <translation>伺服器拒絕了使用者 {user} 的密碼。請檢查使用者名稱和密碼（有區分大小寫），然後再試一次。</translation>
    </message>
    <message>
        <source>The server does not let {user} connect from this computer. Add a line for this computer&apos;s network to the server&apos;s pg_hba.conf (with scram-sha-256), reload the server and try again.</source>
        <translation>伺服器不允許 {user} 從這台電腦連線。請在伺服器的 pg_hba.conf 中為這台電腦的網路加上一行（使用 scram-sha-256），重新載入伺服器設定後再試一次。</translation>
    </message>
    <message>
        <source>The server {host} did not accept the connection: {error}</source>
        <translation>伺服器 {host} 不接受連線：{error}</translation>
    </message>
    <message>
        <source>The server has no database named {database}. Check the name, or create it on the server (createdb -O {user} {database}) and try again.</source>
        <translation>伺服器上沒有名為 {database} 的資料庫。請檢查名稱，或在伺服器上建立它（createdb -O {user} {database}），然後再試一次。</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached on port {port} ({error}). Check the server&apos;s name and port, that PostgreSQL runs there and listens on the network (listen_addresses), and that no firewall blocks port {port}.</source>
        <translation>無法連到伺服器 {host} 的連接埠 {port}（{error}）。請檢查伺服器名稱和連接埠、PostgreSQL 是否在那裡執行並接受網路連線（listen_addresses），以及防火牆是否擋住了連接埠 {port}。</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Shared workspace</source>
        <translation>共用工作區</translation>
    </message>
    <message>
        <source>Several desks (computers) can share one history, one inbox and one opt-out list by keeping them in a PostgreSQL database on the shop&apos;s NAS, a PC or a hosted server. Each desk keeps its own window settings, passwords and Sandbox.</source>
        <translation>多個櫃台（電腦）可以共用同一份發送紀錄、同一個收件匣和同一份退訂名單，方法是把資料放在店裡 NAS、一台電腦或雲端主機上的 PostgreSQL 資料庫中。每個櫃台仍保有自己的視窗設定、密碼和 Sandbox。</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>已保存在鑰匙圈中</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>櫃台名稱</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>保存在這台電腦的鑰匙圈中，絕不寫入檔案。</translation>
    </message>
    <message>
        <source>Des&amp;k name:</source>
        <translation>櫃台名稱(&amp;K)：</translation>
    </message>
    <message>
        <source>Shown beside the jobs this desk sends and the replies it handles, so everyone sees who did what.</source>
        <translation>顯示在這個櫃台發送的工作和處理的回覆旁，讓大家知道是誰做的。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Move my data to the shared workspace…</source>
        <translation>把我的資料搬到共用工作區(&amp;M)…</translation>
    </message>
    <message>
        <source>Copy this desk&apos;s lists, contacts, opt-outs, accounts (without passwords) and history into the shared workspace, once</source>
        <translation>把這個櫃台的名單、聯絡人、退訂名單、帳號（不含密碼）和紀錄複製到共用工作區，只需一次</translation>
    </message>
    <message>
        <source>Copying progress</source>
        <translation>複製進度</translation>
    </message>
    <message>
        <source>Stop c&amp;opying</source>
        <translation>停止複製(&amp;O)</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Enter {fields}.</source>
        <translation>請輸入{fields}。</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>正在連線到 {host}…</translation>
    </message>
    <message>
        <source>The shared workspace {url} is used from the next start of SMS Desk.</source>
        <translation>下次啟動 SMS Desk 時就會使用共用工作區 {url}。</translation>
    </message>
    <message>
        <source>Move my data to the shared workspace</source>
        <translation>把我的資料搬到共用工作區</translation>
    </message>
    <message>
        <source>Copy this desk&apos;s lists, contacts, opt-out list, accounts (without passwords) and history into {url}? Lists and accounts with the same name as one already there are merged. Afterwards this desk works in the shared workspace and its own data file is kept, read-only, as a backup.</source>
        <translation>要把這個櫃台的名單、聯絡人、退訂名單、帳號（不含密碼）和紀錄複製到 {url} 嗎？與工作區中已有名單或帳號同名的會合併。完成後，這個櫃台改用共用工作區，自己的資料檔保留為唯讀備份。</translation>
    </message>
    <message>
        <source>Copy my data</source>
        <translation>複製我的資料</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>正在檢查伺服器…</translation>
    </message>
    <message>
        <source>Copying {what}: {done} of {total}</source>
        <translation>正在複製{what}：{done} / {total}</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>會在目前這一批完成後停止…</translation>
    </message>
    <message>
        <source>Restart SMS Desk to work in the shared workspace.</source>
        <translation>請重新啟動 SMS Desk，以使用共用工作區。</translation>
    </message>
    <message>
        <source>The move stopped: {error}. What was copied stays in the workspace; start the move again to copy the rest.</source>
        <translation>搬移已停止：{error}。已複製的資料留在工作區中；再開始一次搬移即可複製其餘的部分。</translation>
    </message>
</context>
</TS>
