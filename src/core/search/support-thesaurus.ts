// The support thesaurus shipped with sop-playbook: what customers and reps call the things SOPs are about.
// One group a line, terms separated by `|`; the first term is the word SOPs most often use. Written from
// the queue: the words in tickets, macros and hand-offs, not a dictionary. A playbook extends or replaces
// it in playbook.yaml (`search.synonyms`, `search.defaultSynonyms`).

const groups =
  `
angry|upset|furious|irate|yelling|shouting|screaming|hostile|emotionally charged|heated|frustrated|livid|rude
abusive|abuse|harassment|threatening|threats|swearing|profanity|offensive|insulting|bullying|hostile
threat|threatening|violence|self harm|harm|danger|dangerous
complaint|complain|grievance|unhappy|dissatisfied|disappointed
apology|apologise|apologize|sorry|make amends|goodwill
tone|voice|wording|phrasing|language|empathy|empathetic|manner
empathy|empathise|empathize|acknowledge|validate|understanding|sympathy
de-escalate|de-escalation|calm down|defuse|diffuse|soothe|calm
escalate|escalation|hand off|handoff|handover|transfer|raise|bump
escalation path|escalation tiers|escalation matrix|tiers|levels|chain of command
l1|first line|front line|frontline
l2|second line|specialist
engineering|developers|devs|dev team|product team|l3
manager|supervisor|team lead|lead|boss|management
executive|exec|ceo|leadership|vp|director
vip|key account|strategic account|enterprise customer|important customer|top customer|high value|whale
enterprise|business plan|large account|corporate|company account
customer|client|user|member|subscriber|account holder|buyer|requester|end user
rep|agent|advisor|specialist|support staff|support engineer|associate
ticket|case|request|conversation|thread|issue|inquiry|enquiry|query
new ticket|intake|triage|incoming|queue|inbox|backlog|unassigned
triage|sort|categorise|categorize|prioritise|prioritize|route|assign|assignment
priority|urgency|severity|urgent|critical|p1|sev1|high priority
urgent|asap|immediately|critical|time sensitive|emergency|rush
first response|first reply|initial response|acknowledge|acknowledgement|first contact|reply time
sla|service level|response time|response target|frt|first response time|turnaround|deadline
breach|missed sla|overdue|late|past due|slow response
wait|ignored|ghosted|chasing
chase|nudge|reminder|update|status update
resolve|resolution|solve|fix|fixed|close
reopen|came back|recurring
duplicate|double|merge|repeat
spam|junk|bot|automated message|phishing
outage|down|downtime|incident|emergency|unavailable|offline|service disruption|major incident|site down|crashed
degraded|degradation|slow|slowness|latency|lag|laggy|performance|timeout|sluggish|partial outage
production|prod|live|live site|production environment
status page|statuspage|status site|service status|system status|incident update|banner
incident|major incident|sev|sev1|sev2|p1|p0|war room|incident commander
pager|pagerduty|paged|duty engineer
maintenance|scheduled maintenance|planned downtime|upgrade window|maintenance window
bug|defect|error|glitch|broken|issue|problem|fault|malfunction|regression
crash|freezes|frozen|hangs|stuck|unresponsive
error message|error code|error|exception|stack trace|500|404|failed
reproduce|repro|replicate|steps to reproduce|reproducible|recreate
workaround|work around|temporary fix|interim fix|stopgap|band-aid
known issue|known bug|known problem|reported issue|existing bug|tracked bug
bug report|report a bug|file a bug|jira|ticket for engineering|engineering ticket|issue tracker|github issue
feature request|suggestion|idea|enhancement|wishlist|product feedback|request a feature
feedback|survey|review|opinion|comments|input
csat|satisfaction|customer satisfaction|rating|score|survey|happiness|feedback score
bad rating|low score|negative feedback|bad review|one star|poor rating|detractor|thumbs down
nps|net promoter|promoter|detractor|recommend score
refund|money back|reimburse|reimbursement|repay|pay back|give back|return payment|reverse charge|reversal
credit|service credit|account credit|goodwill credit|compensation|make good|voucher|coupon
discount|coupon|promo|promo code|promotion|deal|offer|voucher|percent off|reduced price
chargeback|dispute|bank dispute|card dispute|payment dispute|reversal|retrieval request|friendly fraud
fraud|fraudulent|scam|scammer|stolen card|unauthorized charge|unauthorised charge|suspicious|carding
charge|payment|transaction|debit|billed|paid
double charged|charged twice|duplicate charge|two charges|billed twice|overcharged|extra charge
overcharged|wrong amount|incorrect charge|unexpected charge|surprise charge|billing error|billing mistake
unauthorized charge|unauthorised charge|unknown charge
failed payment|payment failed|declined|card declined|payment declined|dunning|past due|overdue invoice|unpaid|insufficient funds
card|credit card|debit card|payment method|visa|mastercard|amex|billing details|card details
update card|change card|new card|update payment method|expired card|replace card
invoice|receipt|bill|statement|billing history|proof of payment
billing|payments|finance|accounts receivable|accounts|invoicing
price|cost|fee|fees|rate|charges
price increase|price change|price rise|new pricing|price hike
tax|vat|sales tax|gst|tax id|vat number|tax exempt|tax invoice
currency|exchange rate|foreign transaction|conversion
subscription|plan|membership|package|tier|contract|license|licence|seat
upgrade|higher plan|add seats|plan change
downgrade|move down|lower plan|cheaper plan|fewer seats|remove seats|plan change
trial|free trial|trial period|evaluation|test drive|demo account
renewal|renew|auto renew|autorenew|recurring|annual renewal
auto renew|automatic renewal|unexpected renewal
cancel|cancellation|cancelling|unsubscribe|stop subscription|` +
  `end subscription|terminate|quit|leave|close account
churn|leaving|lost customer|attrition|cancel
save offer|retention|retention offer|win back|winback|save|counter offer
pause|pause subscription|hold|suspend|freeze
close account|delete account|deactivate|remove account|terminate account|account closure|deactivation
reactivate|reopen account|restore account|resubscribe|reinstate
prorate|proration|pro rata|partial refund|unused time|remaining days
partial refund|prorated refund|part refund
refund window|refund policy|return policy|money back guarantee|guarantee|14 days|30 days|cooling off
account|profile|login|user account|workspace account
login|log|sign|signin|access|lockout|locked|login problem|login issue|access denied|locked account
password|passcode|pwd|credentials|pass word
reset password|forgot password|password reset|forgotten password|lost password|change password|recover password
account recovery|recover account|regain access|lost access|restore access|account access
two-factor|2fa|mfa|multi-factor|otp|one-time code|one time password|authenticator|` +
  `authenticator app|verification code|security code|totp|second factor
2fa device|lost phone|new phone|phone stolen|lost device|broken phone|changed phone|authenticator lost|lost 2fa
recovery codes|backup codes|emergency codes
sso|single sign-on|saml|okta|azure ad|entra|identity provider|idp|google login
verify|verification|identity|prove identity|confirm identity|id check|kyc|proof of identity|verify ownership
ownership|owner|account owner|transfer ownership|change owner|new owner|admin rights|primary owner
admin|administrator|workspace admin|org admin|owner|superuser|account admin
permission|access rights|role|access level|privileges
invite|invitation|add user|add member|new user|onboard user|seat
remove user|offboard|remove member|deactivate user|former employee|left the company|ex-employee
email change|change email|update email|new email|wrong email|email address|different email
username|user name|handle|display name|screen name
name squatting|namesquatting|squatting|username taken|taken username|claim username|release username|inactive username|dormant account
delete|remove|erase|wipe|wiped|purge
hacked|compromised|account takeover|ato|breach|unauthorized access|unauthorised access|stolen account
security|secure|safety|protection|infosec|security team
suspicious|suspicious activity|unusual activity|strange login|unknown device|unrecognised login|unrecognized login
phishing|fake email|scam email|spoofed|impersonation|impersonating
verification email|confirmation email|activation email|magic link|login link|link expired
email|mail|message
missing email|spam folder|junk folder|bounced|deliverability
privacy|personal data|personal information|pii|data protection|gdpr|ccpa|data privacy
gdpr|data subject request|dsr|dsar|subject access request|right to be forgotten|right to erasure|ccpa|data request
delete data|erase data|erasure|remove personal data|right to be forgotten|data deletion|wipe
export data|data export|download my data|data portability|copy of my data|access request|takeout
consent|unsubscribe|marketing emails
legal|lawyer|attorney|solicitor|legal team|counsel|lawsuit|sue|litigation|court
subpoena|court order|law enforcement|police|warrant|legal request|government request
copyright|dmca|takedown|take down|infringement|intellectual property|trademark|ip violation|stolen content|` +
  `copyright notice|copied my|plagiarism|plagiarised|plagiarized
terms|terms of service|tos|terms and conditions|acceptable use|aup|policy violation|violation
ban|banned|suspend|suspension|blocked|restricted|disabled account
appeal|unban|contest|dispute decision|review decision|reinstate
report|flag|flagged|moderation|moderate|report abuse|trust and safety
shipping|delivery|shipment|dispatch|postage|courier|carrier|fedex|ups|usps|dhl
tracking|track order|tracking number|wismo|order status
late delivery|delayed|missing package|lost package|lost parcel
damaged|arrived broken|defective|faulty|doa|cracked
wrong item|wrong order|incorrect item|missing item
order|purchase|buy|bought|checkout|cart|basket
return|send back|rma|return label|exchange|swap
replacement|replace|reship|resend|new one
address|shipping address|delivery address|postcode|zip code|change address
customs|import duty|tariff|international shipping|border
stock|inventory|backorder|availability
integration|connect|connector|plugin|addon|app|third party
api|rest api|endpoint|api key|token|webhook|sdk|developer api
webhook|callback url|event notification|payload
api key|token|access token|secret|client secret|credentials|key rotation
rate limit|throttled|429|quota
sync|synchronise|synchronize|import|export
zapier|slack|salesforce|hubspot|zendesk|jira|github|gitlab|shopify|stripe
stripe|payment processor|payment gateway|paypal|braintree|adyen
import|upload|bulk upload|csv|migrate|migration|move data
migration|migrate|transfer data|onboarding
data loss|lost data|missing data|data disappeared|deleted by mistake|accidentally deleted|restore|recover data|backup
restore|recover|rollback|roll back|undo|backup|bring back
onboarding|setup|first steps|implementation|kickoff|welcome
training|tutorial|guide|walkthrough|documentation|docs|manual
knowledge base|kb|help center|help centre|faq|help article|article|docs|self-service
article|help article|kb article|doc|page|guide
outdated|stale|wrong information|inaccurate|incorrect article|old info
macro|canned response|canned reply|saved reply|template|snippet|quick reply|boilerplate|stock answer
channel|email|chat|phone|social
chat|live chat|messenger|intercom|chat widget|web chat|messaging
phone|call|voice|phone call|ring|callback|call back|hotline
callback|call back|ring back|phone back|return call|scheduled call
social|social media|twitter|facebook|instagram|linkedin|tiktok|public post|mention|review site
review site|trustpilot|g2|capterra|app store review|public review|yelp
press|journalist|media|reporter|news|pr|public relations
mobile|ios|android|iphone|app|mobile app|phone app|tablet
browser|chrome|firefox|safari|edge|cache|cookies|clear cache|incognito
language|translation|translate|localisation|localization|spanish|french|german|non-english
accessibility|a11y|screen reader|disability|accessible|wcag|assistive
deadline|due date|eta|timeline|timeframe|time frame
holiday|weekend|ooo|bank holiday|public holiday|coverage
handover|shift handover|shift change|hand-off|handoff notes|shift
internal note|private note|note|comment|internal comment|side conversation
macro usage|usage|used|uses|count
review|audit|check|recheck|revisit|review date
owner|responsible|accountable|point of contact|poc|dri
approve|approval|sign off|authorise|authorize|authorization|authorisation
exception|edge case|special case|unusual case|corner case|one-off|exemption
policy|rule|guideline|procedure|process|sop|playbook|standard
loop back|circle back|notify|inform
notify|notification|alert|announce|announcement|broadcast|email blast
compensation|compensate|goodwill|credit|gesture|make good
loyal|long-time|longtime|long-standing|loyalty|valued customer
contract|agreement|msa|order form|terms|signed
renewal date|billing date|billing cycle|billing period|next payment|anniversary
annual|yearly|per year|12 months|annual plan|annually
monthly|per month|month to month|monthly plan
seat|license|licence|users|members
usage limit|limit|cap|quota|allowance|overage|exceeded
storage|space|disk|quota|full
performance|speed|fast|slow|load time|loading
login loop|redirect loop|session expired|session timeout
captcha|recaptcha|robot check
time zone|timezone|tz|utc|local time
report|analytics|dashboard|stats|statistics|metrics|kpi
metrics|kpi|kpis|measure|numbers|stats|targets
quality|qa|quality assurance|grading|scorecard|review tickets|audit
coaching|training
burnout|stress|stressful|overwhelmed|mental health|wellbeing|tough ticket
backlog|queue|high volume|spike|surge|flood of tickets|ticket surge
surge|spike|flood|influx|high volume|rush|peak
spam|junk|unsolicited|bulk mail
minor|child|underage|parent|guardian|coppa
deceased|died|passed away|death|bereavement|estate|next of kin
vulnerable|vulnerability|distress|crisis|suicidal|self-harm
medical|health|hipaa|phi|patient
financial hardship|hardship|lost job|payment plan|struggling to pay
payment plan|instalments|installments|split payment|pay later|extension
collections|debt|debt collection|unpaid balance|write off|bad debt
gift|gift card|gift certificate|voucher|store credit
loyalty|points|rewards|cashback|referral|referral credit
referral|refer a friend|affiliate|partner|reseller
partner|reseller|agency|msp|channel partner|distributor
sandbox|staging|test environment|dev environment|test mode
data center|data centre|region|hosting|eu data|residency|data residency
uptime|availability|reliability|sla credit|downtime credit
sla credit|service credit|uptime credit|outage credit|downtime compensation
security incident|breach|data breach|leak|exposed|exposure|security issue|vulnerability report
vulnerability|security bug|cve|exploit|bug bounty|responsible disclosure|pentest
certificate|ssl|tls|https|cert|expired certificate|certificate error
domain|dns|custom domain|cname|subdomain|nameserver
password manager|1password|lastpass|bitwarden|keychain
bot|chatbot|ai|virtual agent|automation|auto reply|autoresponder
ai|artificial intelligence|llm|chatgpt|assistant|copilot|agent assist
deflection|self-service|help center|contact avoidance|ticket deflection
shadow|trial run|pilot|parallel run|dry run|test run
retired|deprecated|old process|legacy|obsolete|sunset
legacy|old|previous|deprecated|retired|outdated|former
draft|work in progress|wip|unpublished
version|changelog|history|revision|release notes
release|deploy|deployment|rollout|launch|ship|shipped|new version
beta|early access|preview|pilot|experimental
announcement|release notes|newsletter|product update|changelog
billing address|invoice address|company address|billing contact
purchase order|po|po number|procurement|vendor form|supplier form|vendor onboarding
bank transfer|wire transfer|wire|ach|sepa|iban|swift|direct debit
payment terms|net 30|net terms|pay by invoice|invoiced billing|manual invoice
credit note|credit memo|invoice correction|corrected invoice|amended invoice|reissue invoice
setup fee|activation fee|hidden fee|surprise fee|admin fee|processing fee
free plan|free tier|freemium|free account
nonprofit|non-profit|charity|education discount|student discount|academic discount|ngo
quote|quotation|estimate|price quote|proposal
payment confirmation|payment received|paid invoice|payment status|proof of payment
pending charge|authorization hold|authorisation hold|pre-authorization|preauth|temporary charge|hold on card
refund status|refund pending|refund not received|refund delay|refund processing
sales|sales team|account executive|sales rep|talk to sales|sales lead
customer success|csm|account manager|success manager|technical account manager|tam
too expensive|cant afford|price too high|budget|cost cutting|cheaper option
signup|register|registration|create account|new account|open account
change username|rename account|new username|username change|rename
organisation|organization|org|workspace|team account|tenant|company workspace
merge accounts|combine accounts|duplicate account|two accounts|second account|multiple accounts
shared account|account sharing|shared login|credential sharing|shared password
allowlist|whitelist|ip allowlist|ip whitelist|ip restriction|allowed ips
audit log|audit trail|activity log|access log|login history|event log
impersonate|login as user|act as user|view as customer|admin impersonation
logged out|signed out|kicked out|session ends|forced logout
too many attempts|locked out|lockout|rate limited login|temporarily locked|account locked
data retention|retention period|retention policy|deletion schedule|data kept
dpa|data processing agreement|data processing addendum|subprocessor|sub-processor|processor agreement
compliance|security questionnaire|soc 2|soc2|iso 27001|pen test report|trust center|vendor assessment
encryption|encrypted|in transit|key management
logs|log files|server logs|request logs|log request|access logs
anonymise|anonymize|pseudonymise|pseudonymize|redact|redaction|mask
cookie consent|cookie banner|tracking cookies|cookie policy|cookies
opt out|stop emails|email preferences|unsubscribe
postmortem|post-mortem|rca|root cause|root cause analysis|incident review|retrospective|retro
elevated errors|error rate|errors spiking|5xx|500 errors
third party outage|upstream|provider outage|vendor outage|cloud provider outage|dependency outage
oncall|on call duty|rota|rotation|standby|duty roster
incident communication|incident comms|customer communication|cmoc|comms lead|communications manager
harassment|harass|stalking|doxxing|doxing|cyberbullying|targeted abuse
hate speech|slur|racist|racism|discrimination|extremist|extremism
impersonation|fake account|impostor|imposter|pretending to be|catfish|fake profile
malware|virus|malicious|trojan|ransomware|cryptomining|crypto mining|miner
spam account|bot account|fake signups|spam signups|mass registration|sockpuppet
ddos|denial of service|dos attack|traffic flood|attack|botnet
child safety|csam|child abuse|child exploitation|grooming
content removal|remove content|delete post|remove post|takedown request|content takedown
abuse report|report abuse|abuse team|trust safety|abuse desk|abuse complaint
scraping|scraper|crawler|bulk download|data harvesting
order number|order id|confirmation number|reference number|order reference
cancel order|order cancellation|stop order|cancel purchase|stop shipment
change order|modify order|edit order|update order|amend order|add to order
pre-order|preorder|backorder|back order
out of stock|sold out|unavailable item|restock|back in stock
never arrived|marked delivered|stolen package|porch piracy
signature|signature required|proof of delivery|pod
return window|return period|return deadline|days to return
warranty|guarantee|repair|manufacturer defect|broke after|warranty claim
pickup|click and collect|store pickup|curbside|collect in store
expedited|express|overnight|next day|priority shipping|rush delivery|faster shipping
shipping cost|delivery fee|postage cost|free shipping|shipping charge
oauth|authorization code|consent screen|client id|redirect uri|oauth app
api error|bad request|400|401|403|unauthorized|forbidden|invalid token
api version|deprecation|breaking change|api changelog|versioning|deprecated endpoint
sdk|library|client library|npm|pip|gem
cli|command line|terminal|shell
ip address|ip range|egress ip|static ip
timeout|timed out|504|gateway timeout|request timeout
502|bad gateway|503|service unavailable|gateway error
ssh|ssh key|deploy key|public key|private key|key pair
personal access token|pat|api token|access token|bearer token
git|repository|repo|clone|commit|branch
ci|pipeline|build|runner|ci cd|continuous integration
scim|provisioning|user provisioning|directory sync|auto provisioning|deprovisioning
csv export|download report|spreadsheet|excel|export report|export csv
email forwarding|forwarding address|mx record|smtp|email routing|inbound email
calendar|google calendar|outlook|ical|calendar sync|calendar invite
crm|customer record|contact record|account record|customer profile
reassign|transfer ticket|move ticket|change assignee|reroute
assign|assignee|take ticket|claim ticket|grab ticket
pending|waiting on customer|awaiting reply|pending customer|awaiting response
tag|tags|label|category|ticket field|custom field
follow up|followup|check back|circle back
contact form|web form|support form|submit ticket|open ticket|raise ticket|create ticket
out of scope|unsupported|outside scope|scope of support|cannot help
thank you|appreciation|kudos|compliment|praise|positive feedback
auto close|automatic closure|closed automatically|stale ticket|inactive ticket
wait time|hold time|queue time|time to answer|response delay
voicemail|missed call|call recording|recorded call|voice message
time off|pto|vacation|annual leave|sick day|ooo
new hire|new starter|ramp up|agent onboarding|shadowing|new agent
workload|capacity|staffing|headcount|understaffed|coverage gap
small business|smb|startup|self-serve customer|small customer|self serve
government|public sector|federal|fedramp|gov|agency customer
education|school|university|edu|teacher|student|classroom
credential stuffing|brute force|login attempts|failed logins|password spraying
leaked token|exposed secret|leaked key|secret in repo|leaked credentials|revoke token
revoke|invalidate|rotate|disable token|expire token
firewall|waf|geo block|geoblock|ip block|blocked ip|blocked country
export control|sanctions|embargo|restricted country|ofac|trade compliance
`;

/** The shipped synonym groups, as written above. */
export const supportThesaurus: readonly (readonly string[])[] = groups
  .trim()
  .split('\n')
  .map((line) =>
    line
      .split('|')
      .map((term) => term.trim())
      .filter(Boolean),
  );
