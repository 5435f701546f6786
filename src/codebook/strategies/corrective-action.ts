import type { StrategyDef } from "../types.js";

// Verb forms that report a fix as done (or being done). Base forms ("fix", "patch") are left out on
// purpose: they are what definitions and advice use ("updates that fix vulnerabilities").
const DONE =
  "(fixed|patched|closed|plugged|resolved|remediated|addressed|corrected|mitigated|contained|secured|locked down|shut down|shut off|switched off|turned off|disabled|removed|taken down|taken offline|deactivated|decommissioned|retired|restricted|blocked|neutralised|neutralized|isolated|restored|rectified|eliminated|repaired|sealed|closed off|cut off|pulled|squashed|shut|stamped out|revoked|terminated|suspended|deleted|wiped|purged|quarantined|phased out|replaced|rebuilt)";
// What can be fixed: the incident itself or the thing that let it happen.
const FIXABLE =
  "(@incident|gap|gaps|loophole|loopholes|weakness|weaknesses|hole|holes|misconfiguration|misconfigurations|error|errors|endpoint|endpoints|feature|features|tool|tools|interface|api|apis|server|servers|database|databases|bucket|buckets|system|systems|access|function|functionality|method|backdoor|setting|settings|page|portal|service|services|cause|root cause|exposure|port|ports|file|files|data set|dataset|listing|listings|post|posts|copies|importer|lookup|search)";
// Who must not be the subject: the attackers, or advice to users.
const NOT_US =
  "(@attackers|attacker|attackers|intruder|intruders|ransomware|malware|someone|a third party|an unauthorised party|an unauthorized party)";
const ADVICE =
  "(not yet|yet to|whether to|whether it will|considering whether|(recommend|recommends|recommended|advise|advises|urge|urges|suggest|suggests) [that] (companies|organisations|organizations|firms|businesses|you|users|customers|people|everyone|members)|(experts|researchers|analysts|specialists|advocates|regulators) (recommend|advise|urge|say|said|warn|warned)|you should|(change|reset|update|review|enable|turn on|switch on|use) your|please|we recommend|we encourage|we urge|we advise|customers should|users should|members should|(~encourage|~urge|~advise) * to|remember to|make sure you|be sure to|are advised|are encouraged|(~ask|~remind|~instruct|~tell|told) [_] [_] (members|customers|users|people|account holders|everyone|subscribers|staff|employees|clients|residents|patients|them) to)";

// Broader set of things an organisation can fix, switch off or change.
const FIXABLE2 =
  "(@incident|gap|gaps|loophole|loopholes|weakness|weaknesses|hole|holes|misconfiguration|misconfigurations|configuration|configurations|error|errors|endpoint|endpoints|feature|features|tool|tools|interface|api|apis|server|servers|database|databases|bucket|buckets|system|systems|function|functionality|method|methods|backdoor|setting|settings|page|portal|cause|root cause|exposure|port|ports|file|files|listing|listings|importer|lookup|code|folder|folders|environment|environments|instance|instances|repository|wallet|wallets|practice|practices|policy|policies|process|processes|update|upgrade|link|links|storage|platform|account|accounts|credentials|passwords|integration|plugin|plug-in|app|version|software|mechanism|route|access|network|networks|change|changes|release|deployment)";
// Remedial verbs in the past tense or participle, wider than DONE.
const DONE2 =
  "(fixed|patched|closed|plugged|resolved|remediated|addressed|corrected|mitigated|contained|secured|locked down|shut down|shut off|switched off|turned off|disabled|removed|taken down|taken offline|deactivated|decommissioned|retired|restricted|blocked|neutralised|neutralized|isolated|restored|rectified|eliminated|repaired|sealed|closed off|cut off|squashed|stamped out|revoked|terminated|suspended|deleted|wiped|purged|quarantined|phased out|replaced|rebuilt|dealt with|fully dealt with|changed|reversed|rolled back|frozen|froze|ended|overhauled|tightened|updated|upgraded|reset|rotated|invalidated|locked|paused|halted|discontinued|withdrawn|pulled|taken care of|sorted|sorted out|remedied|cleaned up|hardened)";

export default {
  id: "corrective-action",
  label: "Corrective action",
  family: "rebuild",
  theory:
    "Benoit: corrective action (the organisation repairs the damage or promises to prevent a recurrence); SCCT: rebuild",
  definition:
    "The problem is said to be fixed, or concrete steps to fix it or to stop it from happening again are reported or promised: a patch, a closed feature, reset credentials, new safeguards, outside experts brought in.",
  questions: [
    "When exactly was the flaw fixed, and how long was it open after you were first warned about it?",
    "Has anyone independent verified that the fix works, and that no other route leads to the same data?",
    "What has been done for the people whose data was already taken before the fix?",
    "Why were these safeguards not in place before the incident?",
  ],
  cues: [
    {
      id: "corrective-action.found-and-fixed",
      pattern:
        "(found|identified|discovered|detected|spotted|caught|traced|located|investigated) and (~fix|~close|~patch|~resolve|~remediate|~address|~correct|~plug|~contain|~secure|~shut|~remove|~disable|~mitigate|~neutralise|~neutralize|~rectify)",
      weight: 0.9,
    },
    {
      id: "corrective-action.was-fixed",
      pattern: `${FIXABLE} [that|which] ** (was|were|has been|have been|had been|is now|are now|is being|are being|has now been|have now been|had now been|has since been|have since been|had since been|now|since) [quickly|promptly|immediately|swiftly|fully|completely|since|now|subsequently|already|rapidly|successfully|permanently|effectively] ${DONE}`,
      weight: 0.85,
      unless: `(not yet|yet to|(~fail|~neglect|~refuse|~forget) to|${NOT_US} ** ${DONE}|(should|could|would|might|ought to|must) [not|never] have been|if [_] [_] [_] (had been|were|was)|whether|(not|never) (yet|fully|properly)|(decommissioned|switched off|retired|turned off|shut down) years ago|before most of|long before)`,
    },
    {
      id: "corrective-action.we-fixed",
      pattern: `(${DONE}|fixing|patching|closing|plugging|resolving|remediating|addressing|securing|containing|disabling|removing|restoring|repairing|rectifying|isolating) (the|this|that|these|those|its|our|their|all|every|any|affected) [_] [_] [_] ${FIXABLE}`,
      weight: 0.85,
      unless: `((~fail|~neglect|~refuse|~forget) to|${NOT_US} ** ${DONE}|${ADVICE}|(is|are) the process|(before|when|while|in|after) addressing|(product|software|code|file|files|version|which|that|whose) contained|(whether|if) (it|they|we|the company) (had|has|have))`,
    },
    {
      id: "corrective-action.we-are-fixing-it",
      pattern:
        "(are|'re|is|am|we're|now) [busy|actively|urgently] (fixing|addressing|resolving|remediating|patching|correcting|repairing|containing|closing) (it|this|that|them)",
      weight: 0.8,
    },
    {
      id: "corrective-action.no-longer-exists",
      pattern:
        "no longer (exists|exist|possible|poses|pose|presents|present|publicly accessible|accessible|reachable|exposed|vulnerable|active|online|in use|in operation|operational|a risk|an issue|a problem|a threat|allows|allow|permits|permit|lets|enables|returns|be exploited|be abused|be misused|be used|be accessed|be reached|available to the public|available to third parties|available to developers|open to)",
      weight: 0.85,
      unless: "((you|your|@users|i|my|they) (can|could|are|were|will|may) no longer|(accounts|users|members|customers|profiles|subscribers|emails|addresses|numbers) ** no longer active)",
    },
    {
      id: "corrective-action.took-steps",
      pattern:
        "(~take|took|taken|taking) [_] [_] (steps|measures|action|actions|precautions|precautionary steps|precautionary measures|corrective action|remedial action|remedial steps|remedial measures)",
      weight: 0.85,
      unless:
        "((regulator|regulators|authorities|police|commission|watchdog|court|lawmakers|government|ftc|ico|sec|critics|campaigners) ** (~take|took|taken|taking)|(urged|urge|urges|ordered|ordering|orders|told|calls on|called on|called for|demand|demands|demanded|pressure) * (to|on) [_] (~take|taking)|action against|(@users|you|everyone|people|individuals|consumers|users) * (~take|taking)|(~fail|~neglect|~refuse) to (~take|taking))",
    },
    {
      id: "corrective-action.steps-taken",
      pattern:
        "(steps|measures|action|safeguards|protections|controls|precautions|changes|fixes) (have|has|had|were|was|are being|is being|are now|have now|have since) [been|now|since|already] (taken|put in place|implemented|introduced|deployed|rolled out|made|added|in place|applied)",
      weight: 0.85,
    },
    {
      id: "corrective-action.strengthen-safeguards",
      pattern:
        "(~introduce|~implement|~add|~deploy|~roll out|~put|~install|~enforce|~impose|~tighten|~strengthen|~enhance|~bolster|~harden|~reinforce|~step up|~beef up|~shore up|~lock down|~apply) [_] [_] [_] (security|safeguards|safeguard|controls|protections|protection|measures|rate limits|rate limiting|rate-limiting|limits|authentication|verification|monitoring|checks|encryption|defences|defenses|systems|processes|procedures|infrastructure|detection|access controls|firewall|firewalls|protocols|anti-scraping|restrictions|barriers|security measures|api|apis|network)",
      weight: 0.8,
      unless: `(${ADVICE}|(regulator|regulators|lawmakers|government|authorities|law|rules) ** (~introduce|~require|~demand|~order|~urge|~impose)|@attackers ** (~install|~deploy|~add|~disable))`,
    },
    {
      id: "corrective-action.review-improve",
      pattern:
        "(~review|~improve|~upgrade|~overhaul|~update|~reassess|~re-examine|~revamp|~rebuild) (our|its|the|all) [_] [_] (security|safeguards|controls|protections|processes|procedures|systems|practices|policies|protocols|infrastructure|defences|defenses|access controls|data handling|encryption|storage|data storage|data protection|security posture|cyber defences|cyber defenses|monitoring)",
      weight: 0.7,
      unless: `(${ADVICE}|(annual|annually|quarterly|regular|regularly|routine|routinely|continually|constantly|periodically|always|every year|each year|every month))`,
    },
    {
      id: "corrective-action.new-safeguards-in-place",
      pattern:
        "(stricter|tighter|new|additional|extra|further|enhanced|improved|stronger|more robust|strengthened|updated|lower) [_] (rate limits|rate limiting|rate-limiting|safeguards|protections|security measures|security controls|access controls|controls|checks|verification steps|authentication requirements|defences|defenses|anti-scraping measures|restrictions|limits)",
      weight: 0.75,
      requires: "((now|we|our|its|has|have|had|will|introduced|added|in place|implemented|deployed|rolled|put))",
      unless: `(${ADVICE}|(regulator|regulators|lawmakers|law|rules|bill|legislation) ** (~introduce|~require|~demand|~order|~impose|~propose))`,
    },
    {
      id: "corrective-action.made-changes",
      pattern:
        "(~make|made|~implement|~introduce|~roll out) [a number of|several|some|significant|important|further|additional|necessary|the necessary|immediate] [_] (changes|improvements|updates|adjustments|enhancements|fixes|upgrades) (to|that|which|so|in order)",
      weight: 0.75,
      requires: "(prevent|stop|block|protect|secure|security|safeguard|scraping|abuse|misuse|vulnerab*|recur*|again|feature|tool|api|systems|this type of|this kind of)",
      unless: `(${ADVICE}|(leadership|management|board|staff|pricing|prices|menu|schedule|timetable))`,
    },
    {
      id: "corrective-action.make-harder",
      pattern:
        "~make (it|scraping|this|abuse|attacks|such attacks|automated collection|misuse|that|this kind of activity|such activity|enumeration) * (harder|more difficult|much harder|much more difficult|impossible|tougher|more costly|far harder)",
      weight: 0.75,
    },
    {
      id: "corrective-action.reset-credentials",
      pattern:
        "(~reset|~invalidate|~revoke|~expire|~rotate|~reissue|re-issued|~deactivate) [the|all|their|affected|any|every|of] * (passwords|password|credentials|sessions|session|tokens|token|keys|api keys|access tokens|certificates|cards)",
      weight: 0.85,
      unless: `(${ADVICE}|typically|usually|often|generally|routinely|normally|commonly)`,
    },
    {
      id: "corrective-action.credentials-were-reset",
      pattern:
        "(passwords|credentials|sessions|tokens|keys|certificates|cards|accounts) [_] [_] [_] (were|was|have been|has been|had been|are being|will be) [all|automatically|immediately|also] (reset|invalidated|revoked|expired|rotated|reissued|re-issued|locked|frozen|suspended|deactivated)",
      weight: 0.8,
      unless: `(${ADVICE}|reported|complained|complaints|complaining|without (explanation|warning|notice)|locked out)`,
    },
    {
      id: "corrective-action.forced-reset",
      pattern:
        "(forced|~force|~require|~trigger|~initiate|~issue|~prompt|~mandate|mandatory|compulsory|automatic) [a|an] [_] (password reset|password resets|password change|password changes|credential reset|credential resets|reset of all passwords|re-authentication|reauthentication)",
      weight: 0.85,
      unless: ADVICE,
    },
    {
      id: "corrective-action.logged-out",
      pattern: "(~log|~sign) ** out of (their|its|the|all|affected|these) [_] (accounts|account|sessions|devices)",
      weight: 0.8,
      requires: "((we|our|as a|security|precaution|precautionary|proactively|forced|@we))",
    },
    {
      id: "corrective-action.as-a-precaution",
      pattern:
        "(as a|as an added|as an extra|out of an abundance of) (security measure|precaution|precautionary measure|precautionary step|protective measure|caution)",
      weight: 0.7,
      requires: "((we|our|@we|have|has|had|were|was) ** (~take|took|~reset|~suspend|~disable|~lock|~log|~isolate|~shut|~block|~revoke|~invalidate|~remove|~restrict|~freeze|offline))",
      unless: ADVICE,
    },
    {
      id: "corrective-action.taken-offline",
      pattern: "(~take|took|taken|~pull|~bring) ** (offline|off-line|off line|out of service|out of action)",
      weight: 0.8,
      requires: "((we|our|@we|has|had|have|proactively|precaution|precautionary|immediately|quickly|promptly))",
      unless: "((attack|attacks|attackers|hackers|ransomware|malware|outage|criminals|cyberattack|cyber-attack|hack|intruders|gang) ** (took|take|taken|knocked|forced|brought))",
    },
    {
      id: "corrective-action.mandatory-mfa",
      pattern:
        "(two-factor|2fa|multi-factor|multifactor|mfa|two-step|2-step|additional) [_] * (mandatory|compulsory|required for all|required for every|required by default|by default|the default|now required|now mandatory|enforced)",
      weight: 0.85,
      unless: ADVICE,
    },
    {
      id: "corrective-action.now-require",
      pattern:
        "now (require|requires|required|mandate|mandates|enforce|enforces|block|blocks|limit|limits|restrict|restricts|cap|caps|check|checks|verify|verifies) [_] [_] (verification|authentication|two-factor|multi-factor|mfa|2fa|two-step|captcha|captchas|checks|approval|login|logins|lookups|requests|queries|searches|access|identity|users|accounts)",
      weight: 0.8,
      unless: ADVICE,
    },
    {
      id: "corrective-action.outside-experts",
      pattern:
        "(~engage|~retain|~hire|~bring in|~call in|~appoint|~enlist|~commission|working with|work with|partnered with|partnering with) [a|an|the|two|several] [leading|independent|external|outside|third-party|specialist|top|respected|global] * (forensic|forensics|cybersecurity|cyber security|cyber-security|security|incident response|incident-response) (firm|firms|experts|expert|specialists|specialist|investigators|company|companies|consultants|consultancy|team|teams|professionals|partners|partner|advisers|advisors)",
      weight: 0.8,
      requires: "(@incident|investigate|investigating|investigation|contain|containing|respond|responding|response|remediate|remediation|assist|assisting|help us|helping us|support|supporting|secure|securing|determine|assess the|assessing the|forensic|forensics|scope|we have|we've|immediately|quickly|promptly)",
    },
    {
      id: "corrective-action.working-to-fix",
      pattern:
        "(working|work|works|worked|moving|moved|acted|acting|act|responded|respond|continue|continuing|continues|racing|rushing|scrambling) [quickly|swiftly|promptly|immediately|urgently|hard|around the clock|diligently|rapidly|fast|decisively|closely] [with _] (to|in order to) (fix|resolve|restore|contain|address|close|secure|remediate|patch|plug|mitigate|block|shut down|remove|take down|strengthen|correct|rectify|repair|recover|investigate and fix)",
      weight: 0.8,
    },
    {
      id: "corrective-action.get-taken-down",
      pattern:
        "(~get|~have|working to have|~seek|sought) (it|this|them|the|these|those|copies|that|any|all|such|anything|everything) * (taken down|removed|deleted|taken offline|pulled down|scrubbed)",
      weight: 0.75,
      requires: "((@data|posts|post|listing|copies|forum|site|website|it|this))",
    },
    {
      id: "corrective-action.takedown",
      pattern: "(takedown|take-down|removal) (requests|request|notices|notice|orders|order|demands|demand)",
      weight: 0.75,
      requires: "((we|our|@we|has|have|had|filed|issued|sent|sending|filing|issuing|submitted|obtained|secured))",
    },
    {
      id: "corrective-action.never-again",
      pattern:
        "(so|so that|to ensure|to make sure|ensure|ensuring|make sure|making sure|guarantee) (this|it|that|nothing like this|an incident like this|such an incident|this kind of incident|incidents like this|something like this|the same thing) [_] [_] (never|cannot|can't|won't|will not|does not|doesn't|can never|could never|could not) [_] (happen|happens|occur|occurs|recur|recurs|be repeated) [again]",
      weight: 0.8,
    },
    {
      id: "corrective-action.prevent-recurrence",
      pattern:
        "(~prevent|~stop|~avoid) [_] * (happening again|from happening again|recurring|from recurring|recurrence|a recurrence|from occurring again|a repeat|repeat incidents)",
      weight: 0.8,
    },
    {
      id: "corrective-action.restored",
      pattern:
        "~restore (its|our|the|all|their|full|normal|most|affected|critical|key|core) [_] [_] (systems|system|services|service|operations|access|functionality|websites|website|site|network|data|backups|platform|portal|app|booking)",
      weight: 0.75,
      unless: NOT_US,
    },
    {
      id: "corrective-action.back-online",
      pattern:
        "(services|systems|service|system|operations|functionality|website|site|network|portal|app|platform) (were|was|have been|has been|had been|are|is) [now|fully|largely|mostly|since|successfully|all] (back online|back up|up and running|running normally|operating normally|fully operational|back to normal)",
      weight: 0.75,
    },
    {
      id: "corrective-action.changed-how",
      pattern:
        "(~change|~update|~modify|~adjust|~redesign|~rework|~restrict|~limit|~overhaul|~rethink|~tighten) (how|the way|what) * (works|work|functions|operates|handles|displays|shows|returns|behaves|can be|is shown|are shown|can see|is accessed|are accessed|store|stores|handle|process|processes|protect|protects|secure|secures|collect|collects|share|shares|verify|verifies|check|checks)",
      weight: 0.75,
      requires: "((we|our|@we|it|its|has|have|had))",
      unless: ADVICE,
    },
    {
      id: "corrective-action.released-fix",
      pattern:
        "(~release|~deploy|~issue|~push|~roll out|~ship|~apply|~install|~offer|~provide|~make available) [_] [a|an|the|this|these|those] [_] [_] (fix|fixes|patch|patches|hotfix|hotfixes|security update|security updates|software update|firmware update)",
      weight: 0.8,
      unless: `(${ADVICE}|process of|is the process|monthly|weekly|every month|informal name|routinely|regularly|(is|are) (a|an|the) (way|method|practice)|(~fail|~neglect|~refuse) to|@attackers ** (~install|~deploy|~push)|(need|needed|necessary) to apply|did not|didn't|failed)`,
    },
    {
      id: "corrective-action.fix-deployed",
      pattern:
        "(fix|patch|hotfix|security update|remedy|solution) [has been|was|is being|have been|were|is now|has now been|was quickly|was promptly] [now|since|already|fully|successfully] (deployed|applied|rolled out|released|implemented|issued|installed|put in place|pushed|pushed out|shipped)",
      weight: 0.8,
    },
    {
      id: "corrective-action.fixable-is-done",
      pattern: `${FIXABLE2} [that|which|in question|itself] ** (is|are|was|were|been) [now|since|long since|already|fully|all|quickly|promptly|immediately|swiftly|successfully|permanently|also|completely|effectively|subsequently|then|largely] ${DONE2}`,
      weight: 0.8,
      negatable: false,
      unless: `(not yet|yet to|(~fail|~neglect|~refuse|~forget) to|${NOT_US} ** (removed|deleted|closed|disabled|locked|changed|encrypted|wiped|shut|blocked|reset|frozen|froze|taken down|taken offline)|by (the|an|a) [_] (attacker|attackers|hacker|hackers|criminals|gang|intruder|intruders)|(should|could|would|might|ought to|must) [not|never] have been|if [_] [_] [_] (had been|were|was)|whether|(not|never|hasn't|haven't|wasn't|weren't|isn't|aren't) (yet|fully|properly|been) [fully|properly|yet] (fixed|patched|closed|resolved|secured|addressed|remediated|contained|removed|disabled|switched off|shut down|changed|locked down)|will be closed|(offices|office|stores|store|shops|branches|schools|roads) ** (closed|shut)|without (explanation|warning|notice|reason)|complained|complaining|locked out|until (this|it|the matter|the incident|the issue) is (closed|resolved)|(decommissioned|switched off|retired|turned off|shut down) years ago|before most of|long before)`,
    },
    {
      id: "corrective-action.since-been-done",
      pattern:
        "((has|have|had|having) (now|since|long since|already|now all|all since|subsequently|immediately|quickly|promptly|swiftly)|(and|which|that|but) (has|have|had)) been [quickly|promptly|immediately|swiftly|fully|successfully] (secured|fixed|patched|closed|resolved|remediated|contained|locked down|shut down|switched off|turned off|disabled|decommissioned|retired|dealt with|removed|changed|reversed|rolled back|addressed|corrected|replaced|taken down|taken offline|deleted|revoked|reset|updated|upgraded|discontinued|withdrawn|remedied|tightened|restricted)",
      weight: 0.8,
      unless: NOT_US,
    },
    {
      id: "corrective-action.resolved-at-the-time",
      pattern:
        "(resolved|addressed|dealt with|fixed|remedied|remediated|patched|corrected|handled|rectified) (at the time|back then|long ago|years ago|immediately|within hours|within days|within minutes|the same day|same day|within a day|within 24 hours|within 48 hours|within an hour|within the hour|promptly|swiftly|quickly)",
      weight: 0.8,
      unless: `(${NOT_US} ** (resolved|addressed|fixed|closed)|(not|never|wasn't|weren't|hasn't|haven't) [been] [_] (resolved|addressed|dealt with|fixed|closed|remedied|patched|corrected|handled))`,
    },
    {
      id: "corrective-action.we-did-remedy",
      pattern: `(we|we've|we have|we had|we'd|we then|we quickly|we immediately|we since|we since have|the company|the bank|the firm|the council|it has|it had|has|have|had|has since|have since|had since|had long since|has already|have already|had already|has now|have now|and|then|which we|which it|that we|it|we've now|we've since|we've already|which we have|which we've|which we had|that we have|that we've|which we since|which it has|which it had) [since|already|quickly|immediately|promptly|swiftly|now|also|then|subsequently|rapidly|just|swiftly|fully|permanently|temporarily] (blocked|removed|closed|fixed|patched|secured|locked down|shut down|switched off|turned off|disabled|reversed|rolled back|rolled|terminated|ended|suspended|froze|frozen|reset|decommissioned|retired|replaced|changed|revoked|invalidated|deleted|deactivated|isolated|contained|cut off|took down|taken down|pulled|withdrew|withdrawn|discontinued|tightened|updated|upgraded|rotated|plugged|sealed|remediated|rectified|remedied|corrected|resolved|addressed|banned|closed down) (the|all|every|each|its|our|their|those|these|that|this|part|a|an|it|them|affected|any|compromised|responsible|faulty|vulnerable|exposed|offending|malicious|suspicious|both|access|two|three|several|more|most|hundreds|thousands|some)`,
      weight: 0.8,
      unless: `(${NOT_US} ** (blocked|removed|closed|disabled|deleted|froze|changed|locked|reset|encrypted)|${ADVICE}|(~fail|~neglect|~refuse|~forget) to|(should|could|would|might|must) have|before addressing|when addressing|in addressing|(you|users|customers|members|people|they) (have|had|can|could|should) (changed|reset|removed|blocked|deleted)|whether (it|they|we|the company) had)`,
    },
    {
      id: "corrective-action.relative-switched-off",
      pattern: `${FIXABLE2} (that|which|it|we|the company) [we|it|the company|the firm|the bank] [has|have|had|since|later|subsequently|then|already|quickly|long since] [since|already|quickly|long since] (shut down|switched off|turned off|disabled|closed|removed|fixed|patched|reversed|undone|undid|rolled back|withdrew|discontinued|pulled|replaced|changed|blocked|secured|locked down|deactivated|scrapped|killed|ended|restricted)`,
      weight: 0.8,
      unless: `(${NOT_US} ** (removed|closed|disabled|changed|locked|blocked)|(~fail|~neglect|~refuse|~forget) to|(should|could|would|might|must) have)`,
    },
    {
      id: "corrective-action.rolled-back",
      pattern: "(rolled|rolling|roll|~take|took) (the|that|this|our|its) [_] [_] (update|upgrade|change|changes|release|version|feature|deployment|patch|software) (back|offline|down)",
      weight: 0.8,
    },
    {
      id: "corrective-action.back-up-running",
      pattern:
        "(back up and running|up and running again|back online|back to normal|working again|running again|working normally again|operating normally again|running normally again|fully restored|now restored|have been restored|has been restored|was restored|were restored|service has resumed|services have resumed|operations have resumed|have resumed normal|has resumed normal)",
      weight: 0.75,
      unless: "(not yet|yet to|when will|until|once|timeline|(will|may|might|could|expect|expected|hope|hoping) [to] [be] [fully|_] (back|working|running|restored))",
    },
    {
      id: "corrective-action.notified-authorities",
      pattern:
        "(notified|informed|alerted|contacted|reported (it|this|the incident|the matter|the breach|the attack) to|referred (it|this|the matter|the incident|the case) to|cooperating fully with|fully cooperating with|notifying|informing|alerting) [the] [relevant|appropriate|local|federal|national|_] (law enforcement|police|fbi|national cyber security centre|ncsc|cisa|action fraud|national crime agency|europol|secret service)",
      weight: 0.75,
      unless: `(${ADVICE}|(customers|users|members|victims|you|people) (should|can|may|must) ** (notify|inform|contact|report)|(has|have|had) not (notified|informed|contacted|reported))`,
    },
    {
      id: "corrective-action.ended-relationship",
      pattern:
        "(~terminate|~end|ended|~cut|~sever|~suspend|~halt|~stop|~pause) (our|the|its|their|all|any) [_] [_] (relationship|relationships|contract|contracts|ties|partnership|partnerships|agreement|work|working relationship|business|access) [with|to]",
      weight: 0.8,
      requires: "(vendor|supplier|contractor|partner|provider|company|firm|agency|developer|app|apps|third party|third-party|@we|we|it|has|have|had)",
      unless: `(${ADVICE}|(customers|users|members|clients) (have|had|can|could|may) ~end)`,
    },
    {
      id: "corrective-action.hired-security-lead",
      pattern:
        "(~hire|~appoint|~recruit|~name|~bring in|~announce|new|newly appointed|newly hired) [a|an|the|our|its] [new|outside|external|dedicated|first|first-ever|independent|permanent|_] [_] (chief information security officer|ciso|chief privacy officer|security chief|chief security officer|head of security|head of cybersecurity|data protection officer|privacy officer|head of privacy|security officer|chief trust officer|cybersecurity chief)",
      weight: 0.8,
    },
    {
      id: "corrective-action.fired-staff",
      pattern:
        "(fired|dismissed|sacked|ousted|let go|removed|suspended|disciplined) [two|three|four|several|the|a|an|its|some|_] [senior|responsible|top|_] (executives|executive|employees|employee|staff members|staff|managers|manager|officials|official|people responsible|engineers|engineer|contractor|contractors|chief security officer|security chief|head of security)",
      weight: 0.75,
      unless: "(@attackers|was fired for|were fired for|after being fired|former employee|disgruntled|unfairly|wrongly|lawsuit|sued)",
    },
    {
      id: "corrective-action.froze-funds",
      pattern:
        "(~freeze|froze|frozen|~recover|recovered|~claw back|clawed back|~block|~halt|~pause|~suspend) [part of|some of|most of|all of|much of] [the|its|our|all|affected|compromised|stolen|suspicious|a|an|_] [_] [_] (wallets|wallet|funds|stolen funds|assets|transactions|transfers|withdrawals|deposits|trading)",
      weight: 0.75,
      unless: `(${NOT_US} ** (froze|frozen|block|blocked|halted|paused)|(customers|users|members) (could not|cannot|can't|couldn't|were unable))`,
    },
    {
      id: "corrective-action.paused-while",
      pattern:
        "(paused|suspended|halted|offline|disabled|closed) (while|until|whilst|as) (we|our|the company|engineers|the team|teams|investigators|it) [_] [_] (finish|complete|completes|completed|carry out|conduct|investigate|investigates|review|reviews|secure|restore|fix|resolve|implement|assess|test|verify|roll out|deploy|work|finalise|finalize)",
      weight: 0.75,
    },
    {
      id: "corrective-action.commission-review",
      pattern:
        "(~commission|commissioning|commissioned|~launch|~order|~conduct|~undertake|~carry out|carried out|~begin|began|~start|~finish|finishing|~complete|completing|~announce|~establish|~set up|~open|~initiate) [a|an|the|our|its|full|thorough|comprehensive] [full|thorough|comprehensive|independent|external|internal|root-cause|forensic|detailed|company-wide|wide-ranging|_] (review|security review|audit|security audit|investigation|inquiry|root-cause analysis|forensic investigation|forensic review|post-mortem|postmortem)",
      weight: 0.7,
      requires: "(we|our|@we|it|its|has|have|had|will|are|is|said|board|company|bank|council)",
      unless: `(regulator|regulators|watchdog|ico|ftc|sec|commissioner|authority|authorities|police|lawmakers|senators|critics|campaigners|opened an investigation into|launched an investigation into|investigation into (the company|us|whether)|(following|after|during|as part of) (an|a|the|our|its) [_] (review|audit|investigation))`,
    },
    {
      id: "corrective-action.implemented-recommendations",
      pattern:
        "(~implement|~adopt|acted on|~act on|~follow|~carry out) [all|each|every|the|its|of the|many of the|most of the|fully] [_] [_] [_] (recommendations|recommendation|findings|remedial actions|required changes|corrective actions)",
      weight: 0.8,
      unless: `(${ADVICE}|(not|never|yet to|failed to|refused to) [yet] [_] (~implement|~adopt|~accept|~follow))`,
    },
    {
      id: "corrective-action.future-fix",
      pattern:
        "(will|'ll|are|'re|is|to|plan to|plans to|intend to|would|now|we|has|have|had|it|and) [now|also|immediately|soon|begin|start|be|then|quickly] (replacing|replace|rebuild|rebuilding|overhaul|overhauling|upgrade|upgrading|requiring|require|add|adding|added|introduce|introducing|introduced|install|installing|installed|fit|fitting|fitted|deploy|deploying|deployed|strengthen|strengthening|strengthened|harden|hardening|hardened|moved|move|moving|migrate|migrating|migrated) [all|the|our|its|extra|additional|more|new|a|an|stronger|further] [_] [_] [_] (booking system|system|systems|verification|email verification|authentication|two-factor authentication|capacity|server capacity|servers|immobilisers|immobilizers|safeguards|checks|controls|infrastructure|encryption|tokenised system|tokenized system|secure system|monitoring|firewalls|defences|defenses|protections|security)",
      weight: 0.75,
      requires: "(@incident|again|prevent|before|since|following|after|attack|outage|failure|breach|crash|security|verification|new devices|tokenis*|tokeniz*|capacity|immobilis*|immobiliz*|booking|window)",
      unless: `((you should|please|we recommend|customers should|users should|(change|reset|update|review|enable|turn on|switch on|use) your)|(regulator|regulators|lawmakers|law|rules|bill|legislation) ** (~require|~introduce)|(@attackers|attacker|attackers|hackers|malware|ransomware) ** (install|installed|deploy|deployed|added|moved|migrated))`,
    },
    {
      id: "corrective-action.promised-capacity",
      pattern:
        "(promised|pledged|committed to|will add|added|adding|to add|invest in|investing in|invested in) [extra|additional|more|new] [server|network|backup] (capacity|servers|bandwidth|redundancy|resilience)",
      weight: 0.75,
    },
    {
      id: "corrective-action.asked-to-remove",
      pattern:
        "(asked|requested|instructed|told|ordered|demanded|called on|urged|notified|contacted) (the|that|its|our|a) [_] [_] (provider|host|hosting provider|platform|site|website|forum|company|vendor|partner|service|registrar|operator|marketplace) to (remove|delete|take down|destroy|purge|pull|stop|disable|take them down|take it down|take the data down)",
      weight: 0.8,
      requires: "(we|our|@we|it|its|has|have|had|said|company)",
    },
    {
      id: "corrective-action.changed-policy",
      pattern:
        "(changed|updated|tightened|revised|reversed|ended|scrapped|overhauled|rewrote|rewritten|replaced|strengthened) (that|this|the|our|its|those|these) [_] [_] (policy|policies|practice|practices|setting|settings|rules|rule|default|defaults|permissions|procedures|procedure|process|processes)",
      weight: 0.75,
      unless: `(${ADVICE}|(you|users|customers|members|people) (have|had|can|could|should|may) ~change)`,
    },
    {
      id: "corrective-action.acted-swiftly",
      pattern:
        "(acted|responded|reacted|moved) [very|extremely|both] (swiftly|quickly|promptly|immediately|decisively|rapidly|fast|responsibly) [and (swiftly|quickly|promptly|responsibly|decisively|appropriately)]",
      weight: 0.7,
      unless: "((not|never|failed to|didn't|did not) (act|acted|respond|responded|move|moved)|should have)",
    },
    {
      id: "corrective-action.confirm-the-fix",
      pattern:
        "(confirm|announce|highlight|stress|emphasise|emphasize|point to|mention|explain|set out|describe|note|lead with|move [quickly] to|focus on|pivot to) (the|our|that|what we have|what we've|what we are doing|the steps we|the changes we|the measures we) [_] (fix|fixes|patch|fixed|remediation|new safeguards|changes|steps|measures|doing to)",
      weight: 0.7,
    },
    {
      id: "corrective-action.patched-it",
      pattern:
        "(we|we've|we have|we had|and|they|it|engineers|team) [quickly|immediately|promptly|swiftly|already|since|then|just] (fixed|patched|closed|resolved|plugged|remediated|corrected|addressed|sorted|secured|disabled|removed) (it|them|this|that|the problem|the issue|the bug|the flaw|the hole|the gap|the vulnerability|the loophole|the error) [_] (same day|the same day|within|overnight|immediately|in|straight away|right away|quickly|promptly|at once|hours|minutes|days|as soon as|after|before|once)",
      weight: 0.8,
      unless: `(${NOT_US} ** (fixed|patched|closed|resolved|removed|disabled)|(not|never|haven't|hasn't|didn't|wasn't) [yet] [_] (fixed|patched|closed|resolved))`,
    },
    {
      id: "corrective-action.it-is-fixed",
      pattern:
        "(it's|it is|it has been|it's been|they're|they are|they have been|that's|that is|this is|this has been|that has been|everything is|all) [now|all|fully|since|already|been|completely|properly] (patched|fixed|closed|resolved|sorted|sorted out|plugged|remediated|contained)",
      weight: 0.75,
      unless: "(not yet|yet to|whether|until|once|(not|never|isn't|aren't|hasn't|haven't) [yet] [been] [_] (patched|fixed|closed|resolved))",
    },
    {
      id: "corrective-action.working-with-partners-to-fix",
      pattern:
        "(working|work|works|worked|partnering|collaborating|cooperating|co-operating) (with|alongside) ** * (to|in order to) (fix|resolve|restore|contain|remediate|patch|secure|recover|bring|get) [_] [_] (systems|system|services|service|operations|network|it|them|the issue|the incident|the problem|data|access|back)",
      weight: 0.75,
      unless: "(hold|bring|catch|identify|track down|prosecute|find) ** (responsible|accountable|to justice|perpetrators|culprits)",
    },
    {
      id: "corrective-action.prompting-new-passwords",
      pattern:
        "(prompting|prompted|prompt|requiring|required|require|forcing|forced|force|making) [all|affected|those|impacted|the affected|the|every|_] [_] (customers|users|members|accounts|account holders|subscribers|players|staff|employees|clients) to (choose|set|create|pick|reset|change|select) [a|their] [new|_] [new] (passwords|password|credentials|pin|pins)",
      weight: 0.8,
    },
    {
      id: "corrective-action.what-we-are-doing-to",
      pattern:
        "(what|the steps|the actions|everything|all) (we are|we're|we have been|we've been|we will be|the company is|it is|we plan on|we intend on) (doing|taking) (to|so that) (make sure|ensure|fix|put right|resolve|prevent|restore|get|address|protect|secure|support|stop)",
      weight: 0.8,
      unless: ADVICE,
    },
    {
      id: "corrective-action.action-we-have-taken",
      pattern:
        "(action|actions|steps|measures|precautions) (we've|we have|we had|we're|we are|it has|it had|the company has|the company had) [already|now|since|immediately|quickly|swiftly|promptly] (taken|taking|put in place|implemented|introduced|rolled out)",
      weight: 0.85,
    },
    {
      id: "corrective-action.appropriate-action",
      pattern:
        "(~take|took|taken|taking) (appropriate|swift|immediate|decisive|prompt|disciplinary|firm|the necessary|necessary|robust|corrective|remedial|urgent|the appropriate|all appropriate|all necessary) (action|actions|steps|measures)",
      weight: 0.8,
      unless: "((~fail|~neglect|~refuse) to|(urged|urge|ordered|told|calls on|called on|demand|demanded) * (to|on))",
    },
    {
      id: "corrective-action.closed-the-door",
      pattern:
        "(~close|closed off|~shut|shut off|~lock|~seal|~block|~plug|~bolt|~board up) [off|down|up] (the|that|this|an|any|every|each) [_] (access point|entry point|point of entry|door|doors|way in|route in|hole|holes|gap|gaps|loophole|loopholes|back door|backdoor|avenue)",
      weight: 0.8,
      unless: ADVICE,
    },
    {
      id: "corrective-action.door-has-been-shut",
      pattern:
        "(door|doors|loophole|loopholes|gap|hole|way in|route in|access point|entry point|back door|backdoor|avenue) (has been|have been|was|were|is now|are now|is|are|'s been|had been) [now|since|long since|firmly|permanently|already|quickly] (shut|closed|sealed|locked|bolted|plugged|closed off|bricked up|boarded up)",
      weight: 0.8,
      negatable: false,
      unless: "(not yet|yet to|(should|could|would|must) have been|(not|never|wasn't|weren't|isn't|aren't) [yet|been] (shut|closed|sealed|locked))",
    },
    {
      id: "corrective-action.learn-from-mistakes",
      pattern:
        "(will|would|to|must|going to|are determined to|is determined to|pledged to|pledging to|promise to|promised to|committed to|we'll|we intend to|intends to) learn (from|the lessons of|the lessons from|lessons from) (its|our|their|this|these|the|what|those) [_] [_] (mistakes|mistake|failures|failure|errors|error|incident|lessons|happened|events|episode|breach|outage)",
      weight: 0.75,
    },
    {
      id: "corrective-action.will-fix-issues",
      pattern:
        "(we will|we'll|we are going to|we're going to|we intend to|we plan to|we must|we are working to|we're working to|dedicate * to|resources needed to|in order to) ** (fix|address|resolve|remediate|tackle|correct|close|repair) (issues|problems|vulnerabilities|bugs|flaws|gaps|weaknesses|the issue|the problem|the vulnerability|the flaw|the bug|the gap|the weakness|them|it)",
      weight: 0.8,
      unless: `(${ADVICE}|(not|never|won't|cannot|can't) [be able to] (fix|address|resolve))`,
    },
    {
      id: "corrective-action.time-to-secure",
      pattern:
        "(time to|had to|needed to|need to|working to|worked to|in order to|so we could|so that we could|first) (secure|lock down|contain|harden|clean up|isolate) (our|its|the|their) [_] [_] (systems|system|network|networks|servers|platform|environment|infrastructure|accounts|estate|data|databases)",
      weight: 0.75,
      unless: ADVICE,
    },
    {
      id: "corrective-action.feature-freeze",
      pattern:
        "(freeze|pause|moratorium|halt|hold) on (new|all|further|any) [_] (features|feature development|development|releases|products|product launches|launches|updates)",
      weight: 0.8,
      requires: "(security|privacy|focus|fix|safety|trust)",
    },
    {
      id: "corrective-action.had-been-contained",
      pattern:
        "(which|that|it|incident|issue|matter|breach|attack|intrusion|event|problem|compromise|exposure) [it said|they said|the company said|we believe] (had been|has been|was|is now|is|have been|were) [fully|quickly|promptly|swiftly|successfully|since|now|already|completely] (contained|resolved|remediated|neutralised|neutralized|dealt with|closed|shut down|remedied|fixed)",
      weight: 0.8,
      negatable: true,
      unless: "(not yet|yet to|whether|if it|(should|could|would|must) have been)",
    },
    {
      id: "corrective-action.locked-accounts",
      pattern:
        "(~lock|locked|~suspend|~freeze|froze|frozen|~disable|~secure|~reset|~quarantine) (the|all|any|those|these|every|each) [affected|compromised|impacted|targeted|hijacked|exposed] (accounts|account|profiles)",
      weight: 0.8,
      unless: `(${ADVICE}|${NOT_US} ** (~lock|~suspend|~disable|~reset)|locked out)`,
    },
    {
      id: "corrective-action.restricted-access",
      pattern:
        "(~restrict|~limit|~revoke|~suspend|cut off|cutting off|~lock down|~tighten|~remove) [all|the|their|staff|employee|employees'|external|remote] access (to|for) [_] [its|our|the|their|all] [_] [_] (tools|systems|data|tool|system|accounts|servers|network|database|databases|admin|dashboard|platform|portal|files|records|environment)",
      weight: 0.8,
      unless: `(${ADVICE}|${NOT_US} ** (~restrict|~limit|~revoke))`,
    },
    {
      id: "corrective-action.deleted-the-archive",
      pattern:
        "(we've|we have|we had|it has|it had|has|have|we|they) [now|since|already|immediately|permanently] (deleted|removed|destroyed|purged|wiped|erased|taken down|pulled|shredded) (the|that|this|those|these|all) [old|affected|exposed|offending|leaked|remaining|unprotected|unsecured] [_] (archive|archives|files|file|data|records|copies|copy|page|pages|list|database|folder|bucket|server|spreadsheet|document|documents|post|posts|backups|backup)",
      weight: 0.8,
      unless: `(${NOT_US} ** (deleted|removed|destroyed|wiped|erased)|(attacker|attackers|hacker|hackers|ransomware|criminals|gang) (had|have|has))`,
    },
    {
      id: "corrective-action.spotted-and-removed",
      pattern:
        "(spotted|found|detected|caught|identified|discovered|noticed|flagged) (within|in|after) [just|only|a few|a matter of|a couple of|_] (hours|minutes|days|hour|minute|seconds) and (removed|fixed|closed|patched|blocked|shut down|taken down|contained|deleted|neutralised|neutralized|stopped|cleaned up|isolated)",
      weight: 0.85,
    },
    {
      id: "corrective-action.we-throttled-it",
      pattern:
        "we (throttled|blocked|stopped|shut down|contained|rate-limited|locked down|cut off|killed|squashed|neutralised|neutralized|closed down|shut off|switched off) (it|them|this|that|the traffic|the attempts|the attack|the bots|the activity)",
      weight: 0.8,
    },
    {
      id: "corrective-action.rebuilt-from-backups",
      pattern:
        "(rebuilt|restored|recovered|reinstalled|reimaged|re-imaged|rebuilding|restoring|recovering) [_] [_] from [clean|secure|offline|our|known-good|unaffected|recent] (backups|backup|back-ups|back-up)",
      weight: 0.85,
    },
    {
      id: "corrective-action.around-the-clock",
      pattern:
        "(working|work|worked|works) (around the clock|round the clock|day and night|night and day|tirelessly|urgently|flat out|non-stop|nonstop) ** to (restore|fix|resolve|recover|bring back|get|secure|contain|repair|reopen|reinstate)",
      weight: 0.8,
      unless: ADVICE,
    },
  ],
  hits: [
    "We spotted the malicious script within minutes and removed it.",
    "The affected servers have been rebuilt from clean backups.",
    { text: "The company said it had locked the affected accounts while it investigated.", mode: "reported" },
    "That loophole has been closed for years.",
    "We found and fixed this issue in August 2019.",
    "We are confident that the specific issue that allowed them to scrape this data in 2019 no longer exists.",
    "We understand people's concerns, which is why we continue to strengthen our systems to make scraping from Facebook without our permission more difficult and go after the people behind it.",
    { text: "Key messages: the vulnerability was patched within a day of discovery and every active session has been invalidated.", mode: "directive" },
    { text: "We recommend stressing that the bucket was locked down within hours and that stricter access controls are now in place.", mode: "directive" },
    { text: "We should highlight that the lookup endpoint was switched off the same week.", mode: "directive" },
    { text: "The carrier said it had closed the loophole and introduced new limits on account lookups.", mode: "reported" },
    { text: "The insurer said it had reset the passwords of every affected policyholder.", mode: "reported" },
    "Additional safeguards against automated collection are now in place on our search feature.",
    "We have since disabled the contact-import feature and now require verification for bulk searches.",
    "We took the affected servers offline as a precaution and brought in an independent forensic firm.",
    "All user sessions were invalidated and the API keys were rotated overnight.",
    "Two-factor authentication is now mandatory for every staff account.",
    "We are putting measures in place so that this can never happen again.",
    "Our engineers identified and remediated the misconfiguration within hours.",
    "We've tightened rate limits on the lookup API and added extra checks on bulk requests.",
    "The root cause has been addressed and services are back online.",
    "We moved quickly to contain the incident and are working to get copies of the data taken down.",
    "We're focused on protecting people's data by working to get this data set taken down and will continue to go after malicious actors who misuse our tools.",
    "We are sorry, and we are fixing it.",
    "A security update has been rolled out to all devices.",
    "The faulty integration was switched off on Tuesday and has not been turned back on.",
    "We have since rolled back the change that exposed the records.",
    { text: "The lender said it had dismissed the contractor responsible and referred the case to police.", mode: "reported" },
    "Card payments are working again across all branches.",
    "The legacy portal that held these files has long since been decommissioned.",
  ],
  misses: [
    "The regulator said the firm had failed to take basic steps to protect customers.",
    "The company declined to comment on whether it had patched the flaw before the attack.",
    "We will publish an update every Friday until this is closed.",
    "We have not fixed the vulnerability, and we are still investigating.",
    "Facebook was warned of the issue by a researcher in 2017 and failed to address the security flaw at that time.",
    "Patching is the process of applying software updates that repair known weaknesses.",
    "We recommend that you reset your password and switch on two-step verification.",
    "The ransomware attack took the hospital's systems offline for three days.",
    "Regulators ordered the bank to take steps to secure customer data.",
    "Our offices will be closed on Monday for the public holiday.",
    "The company publishes an annual review of its security policies.",
    "The hackers disabled the antivirus software before copying the files.",
    "Is the flaw fixed yet?",
    "We have not yet patched the flaw in the lookup tool.",
    "The hackers said they had deleted the data after being paid.",
    "Customers reported that their accounts had been locked without explanation.",
    "If the servers had been patched, they would not have been compromised.",
    "The hackers removed the files and locked the servers.",
    "Customers reported that their accounts had been suspended without warning.",
    "We are working with law enforcement to identify those responsible.",
    "Patch Tuesday is when the vendor releases its monthly security updates.",
    "We have asked affected members to reset their passwords as a precaution.",
  ],
} satisfies StrategyDef;
