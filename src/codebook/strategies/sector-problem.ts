import type { StrategyDef } from "../types.js";

/** Independent experts, analysts and agencies speaking in their own voice: their view of the sector is not the organisation's frame. */
const EXPERT =
  "((analysts | researchers | experts | academics | commentators | critics | economists | europol | the ncsc | enisa) [at _ | at _ _] * (argue | argued | argues | say | said | says | warn | warned | warns | believe | believes | note | noted | notes) | (the | a) (researcher | analyst | expert | academic) (said | says | told | noted | argued) | said (dr | professor | prof) | (a | the) (lecturer | professor | analyst | researcher) (in | at | of))";
/** Named sectors ("across retail", "in healthcare"). */
const SECTORS =
  "(retail | healthcare | health care | banking | finance | financial services | education | higher education | manufacturing | logistics | hospitality | gaming | insurance | telecoms | telecommunications | energy | utilities | the public sector | local government | e-commerce | ecommerce | fintech | crypto | travel | aviation | publishing | social media | the nhs)";
/** Attack and problem words that gate the looser cues. */
const TROUBLE =
  "(@attack | @problem | attacks | attempts | bots | scrapers | scraping | fraud | fraudsters | criminals | hackers | skimming | ransomware | phishing | exposed | vulnerable | hit | targeted | breached)";

export default {
  id: "sector-problem",
  label: "Sector problem",
  family: "diminish",
  theory: "Benoit: reducing offensiveness by differentiation; SCCT: diminish",
  definition:
    "The incident is cast as an industry-wide or sector-wide problem, not the organisation's own failure.",
  questions: [
    "Which other companies had the same flaw, and did any of them leave it open for as long?",
    "If every platform faces this, what did you do differently from those that were not affected?",
    "Whose decision was it to build the feature that was exploited?",
  ],
  cues: ([
    { id: "sector-problem.industry-problem", pattern: "(industry|sector|industry-wide|sector-wide|industrywide|ecosystem-wide|economy-wide|cross-industry) @problem", weight: 0.9, unless: "(hide behind|hiding behind|excuse|not (an|a) (industry|sector) @problem|(isn't|is not|wasn't|was not) (an|a) (industry|sector))" },
    { id: "sector-problem.wide", pattern: "(industry-wide|sector-wide|industrywide|sectorwide|ecosystem-wide|economy-wide)", weight: 0.8, requires: "(@problem|@attack|~target|~affect|~face|~deal|~fight|~issue|~trend|~wave|~scraping|~reality)", unless: "(average|according to|survey|study|per cent|percent|(industry-wide|sector-wide) (~standard|~practice|~rule|~regulation|~agreement|~code|~initiative|~effort|~collaboration|~guideline|~benchmark|~norm))" },
    { id: "sector-problem.problem-across-industry", pattern: "(@problem|@attack|~target|~reality|~fight|~battle|~struggle|~wave|~risk) * (across|throughout|facing|affecting|confronting|for|in|within|of|hitting|against|on) [the] [entire|whole|wider|broader|tech|technology|our|this|global] [_] (industry|sector|industries|sectors|ecosystem|field|market|landscape|community)", weight: 0.85 },
    { id: "sector-problem.across-our-industry", pattern: "(across|throughout) (the|our) [entire|whole|wider|broader] [_] (industry|sector|ecosystem|field|market)", weight: 0.8, requires: "(@problem|@attack|~target|~common|~frequent|~rise|~wave|~incident|~breach|~scraping|~fraud|~threat)" },
    { id: "sector-problem.every-peer", pattern: "(every|any|all|many|most|several|dozens of|hundreds of|thousands of|countless|numerous) [major|large|big|online|single|public|private|local|similar|modern|consumer|digital|social|healthcare|financial|_] @sectorpeers ** (~target|~hit|~face|~deal|~grapple|~confront|~struggle|~contend|~fight|~battle|~experience|~encounter|~suffer|~victim|~attack|~immune|~reality|~wave|~fend|~defend against|~scrape|~breach|~vulnerable|~exposed|~happen|~incident|~problem|~challenge|~threat|~risk)", weight: 0.8, unless: "(unlike|better than|more than|ahead of|lead|leads|leading) (every|any|all|many|most|other)" },
    { id: "sector-problem.threat-to-every-peer", pattern: "(~target|~hit|~face|~deal|~grapple|~confront|~struggle|~contend|~fight|~battle|~experience|~encounter|~suffer|~victim|~attack|~immune|~reality|~wave|~fend|~defend against|~scrape|~breach|~vulnerable|~exposed|~happen|~incident|~problem|~challenge|~threat|~risk) * (every|any|all|many|most|several|dozens of|hundreds of|thousands of|countless|numerous) [major|large|big|online|public|private|local|consumer|digital|_] @sectorpeers", weight: 0.8, unless: "(any other|(scraped|collected|compiled|aggregated|gathered|drawn|taken|pulled|sourced) from (many|several|numerous|dozens of|hundreds of|other|multiple|various|thousands of))" },
    { id: "sector-problem.every-platform-faces", pattern: "(every|all|any|many|most|other|all other|all the) @peers * (~face|~deal with|~grapple with|~confront|~struggle with|~experience|~encounter|~battle|~fight|~contend with|are targeted|is targeted|~see|~suffer)", weight: 0.85 },
    { id: "sector-problem.peers-are-targets", pattern: "@sectorpeers-plural [and] [including us|like us|like ours|including ours] (are|remain|have become|have long been|have been|were) [all] [a|an] [increasingly|particularly|especially|now|also] [prime|frequent|common|constant|popular|attractive|favourite|favorite|obvious|regular|top|major|_] (~target|~victim|in the crosshairs)", weight: 0.85 },
    { id: "sector-problem.like-us", pattern: "(@sectorpeers-plural|companies|organisations|organizations|businesses|firms|platforms) (like|such as) (ours|us|our own)", weight: 0.8 },
    { id: "sector-problem.one-of-many", pattern: "one (of|among) (many|several|dozens|hundreds|thousands|a number|numerous|countless|a string|a series|the many) [of] [other] [@sectorpeers|victims|targets|companies|organisations|incidents|attacks|stories]", weight: 0.8, unless: "(one of (many|several) (ways|reasons|steps|measures|options|features|products|services|things)|one of (thousands|hundreds|many|dozens|millions) [of] [_] [_] (it|we|they|that it|that we|which it|which we) (repels|repel|repelled|blocks|block|blocked|stops|stop|stopped|fends off|fend off|sees|see|receives|receive|detects|detect|handles|handle|thwarts|thwart))" },
    { id: "sector-problem.story-among-many", pattern: "(one|a|another) (story|incident|case|victim|target) among (many|others|dozens)", weight: 0.8 },
    { id: "sector-problem.not-alone", pattern: "(we are|we're|we were|are|is|was|were) (not|far from|hardly|scarcely|by no means|certainly not|definitely not|clearly not) (alone|the only one|the only company|the only platform|the only organisation|the only organization|the only target|the only victim|unique|an isolated (case|event|incident|target))", weight: 0.8 },
    { id: "sector-problem.not-isolated", pattern: "not (an|a) (isolated|one-off|unique|single) (event|incident|case|attack|problem|occurrence)", weight: 0.75 },
    { id: "sector-problem.no-exception", pattern: "(is|are|was|were) no exception", weight: 0.75, requires: "(@sectorpeers|everywhere|every|all|many)" },
    { id: "sector-problem.all-in-together", pattern: "(we are|we're) all in (this|the same boat) [together]", weight: 0.8 },
    { id: "sector-problem.not-unique", pattern: "not [just|only|solely] [a|an] * (unique|specific|exclusive|peculiar|confined|restricted) to (us|@we|one|any one|any single|a single|this|our|facebook|linkedin|clubhouse|_)", weight: 0.85 },
    { id: "sector-problem.like-other", pattern: "(like|as with|just like|as for|similar to|in common with|as is the case for|as at) (other|many|all|every|most|any other|numerous|countless|dozens of|several) [major|large|online|other|local|_] @sectorpeers", weight: 0.75 },
    { id: "sector-problem.industry-as-whole", pattern: "(industry|sector|ecosystem|field) as a whole", weight: 0.75 },
    { id: "sector-problem.whole-ecosystem", pattern: "(the|our) (whole|entire|wider|broader|global) [_] (ecosystem|industry|sector|field|market|supply chain)", weight: 0.75, requires: "(@problem|@attack|~target|~affect|~face|~reality|~issue|~trend|~wave|~shared|~challenge|~threat)", unless: "((lead|leading|leader|best|first|largest|biggest) (in|of) (the|our) (whole|entire) | (share|sharing|shared|inform|informing|alert|alerting|warn|warning|help|helping) * (with|to) (the|our) (whole|entire|wider|broader|global))" },
    { id: "sector-problem.threat-landscape", pattern: "(threat|threats) (landscape|environment) [facing|for|affecting|across] ", weight: 0.75, requires: "(every|all|any|many|whole|entire|industry|sector|@sectorpeers)" },
    { id: "sector-problem.affects-industry", pattern: "(~affect|~impact|~hit|~target|~plague|~challenge|~strike) (the whole|the entire|the wider|the broader|all of the|every|many|all|dozens of|hundreds of|thousands of|numerous|several|other) [_] [_] (industry|sector|@sectorpeers)", weight: 0.75, unless: "(our|my) (~customer|~user|~member)" },
    { id: "sector-problem.no-one-immune", pattern: "(no|not one|no single|not a single|nobody|no one|none of us|none) [_] [_] [however|whatever|no matter] * (is|are) (immune|safe|exempt|invulnerable)", weight: 0.8 },
    { id: "sector-problem.no-single-can", pattern: "(no single|no one|no individual) (company|organisation|organization|business|firm|operator|platform|bank|provider|institution) can", weight: 0.8 },
    { id: "sector-problem.tech-companies-have", pattern: "(relationship|battle|fight|challenge|struggle) (technology|tech|internet|online|social media) (companies|platforms|firms|services) (~have|~face)", weight: 0.85 },
    { id: "sector-problem.others-affected", pattern: "(other|peer|rival|several|many|two|three|four|five|dozens of|hundreds of|neighbouring|neighboring|similar) [other] (@sectorpeers) (have|has|were|are|had) [also] [been] [all] (~affect|~target|~hit|~scrape|~breach|~experience|seen similar|faced similar|~suffer|~compromise)", weight: 0.75 },
    { id: "sector-problem.same-attack-hit-others", pattern: "(same|similar) [ransomware|criminal|hacking|_] (group|gang|strain|attack|attacks|vulnerability|flaw|campaign|actor|actors|malware|incident|incidents|intrusion|intrusions|breach) * (~hit|~affect|~impact|~target|~strike|at) [_] (two|three|four|several|many|other|dozens of|hundreds of|thousands of|numerous|neighbouring|neighboring|@sectorpeers)", weight: 0.8 },
    { id: "sector-problem.similar-incidents-at", pattern: "similar (incidents|attacks|intrusions|breaches|cases) (at|on|against|affecting|across|in) [_] [_] (@sectorpeers|other|several|many|dozens|three|two|neighbouring|neighboring)", weight: 0.8 },
    { id: "sector-problem.wave-of-attacks", pattern: "(wave|spate|string|series|rash|surge|epidemic|flood|tide|onslaught) of [similar] [_] (attacks|incidents|breaches|intrusions|scraping|leaks|hacks|compromises) (on|against|affecting|hitting|across|targeting|at|in) [the] [_] [_] (@sectorpeers|organisations|companies|sector|industry|businesses)", weight: 0.85 },
    { id: "sector-problem.part-of-wave", pattern: "(part of|one of) [a] (wave|spate|string|series|rash|surge|pattern) (of|hitting)", weight: 0.7, requires: "(@sectorpeers|sector|industry|nationwide|across|worldwide|organisations|companies|other)" },
    { id: "sector-problem.used-by-thousands", pattern: "(used by|relied on by|shared by|affecting|affected) (thousands of|hundreds of|dozens of|many|countless|numerous|other) (organisations|organizations|companies|businesses|customers of other|firms|institutions)", weight: 0.75 },
    { id: "sector-problem.shared-by-peers", pattern: "(shared|faced) by (our|all|many|other) [_] (peers|competitors|rivals|industry|sector)", weight: 0.85 },
    { id: "sector-problem.peers-across", pattern: "(peers|competitors|counterparts) (across|throughout|in) (the|our) [_] (industry|sector|market|field)", weight: 0.75, requires: "(@problem|@attack|~target|~affect|~face|~same|~similar|~shared|~hit)" },
    { id: "sector-problem.everywhere-targeted", pattern: "@sectorpeers-plural (everywhere|worldwide|nationwide|across the country|around the world|across the globe|across the state|across europe)", weight: 0.75, requires: "(~target|~hit|~attack|~face|~victim|~deal|~fight|~affect|@attack)" },
    { id: "sector-problem.broad-industry-issue", pattern: "[a] (broad|broader|wider|common|general|widespread|systemic|structural|collective|shared) (industry|sector|industry-wide|sector-wide|ecosystem) (~problem|~issue|~challenge|~threat|~risk)", weight: 0.9 },
    { id: "sector-problem.shared-challenge", pattern: "(shared|common|collective|universal|systemic) (~challenge|~problem|~threat|~issue) (for|across|facing|to|among) ", weight: 0.8 },
    { id: "sector-problem.collaboration-not-blame", pattern: "(collaboration|cooperation|working together), not (blame|finger-pointing)", weight: 0.7 },
    { id: "sector-problem.happens-to-every", pattern: "(~happen|~occur) to (every|any|all|many|most) [major|large|big|online|_] @sectorpeers", weight: 0.85 },
    { id: "sector-problem.every-x-gets-hit", pattern: "every @sectorpeers * (~get|~be) (hit|breached|hacked|attacked|targeted|scraped)", weight: 0.85 },
    { id: "sector-problem.problem-for-every", pattern: "[a] (@problem|headache|fact|reality|risk) (for|to|facing|confronting) (every|all|any|many|most) [major|large|online|consumer|digital|_] @sectorpeers", weight: 0.85 },
    { id: "sector-problem.competitor-incidents", pattern: "(competitor|competitors|competitor's|competitors'|peer|peers|peers'|rival|rivals|rivals') (incidents|breaches|attacks|leaks|problems)", weight: 0.75 },
    { id: "sector-problem.everyone-deals", pattern: "everyone in (the|our|this) (industry|sector|field|business|market) * (~deal|~face|~have|~struggle|~fight|~experience)", weight: 0.85 },
    { id: "sector-problem.fact-of-life-for-every", pattern: "(occurrence|fact of life|fact of modern life|fact of doing business|reality|part of life|part of doing business|way of life|norm|certainty|inevitability|constant|cost of doing business|hazard|headache|question of when|matter of when|given) * (for|to|facing|confronting|of) (every|all|any|many|most) * @sectorpeers", weight: 0.85, unless: "(unlike|better than|ahead of)" },
    { id: "sector-problem.environment-every-peer", pattern: "(environment|landscape|world|reality|climate|conditions) [that|which] (every|all|any|most|many) [_] @sectorpeers [now|today|currently|already] (~operate|~work|~live|~face|~do business) [in|with|under]", weight: 0.85 },
    { id: "sector-problem.happens-regularly-to", pattern: "(~happen|~occur) [regularly|routinely|all the time|constantly|frequently|often|every day|daily] to (large|big|major|online|all|many|most|other|popular|_) [_] @sectorpeers-plural", weight: 0.8 },
    { id: "sector-problem.works-on-every", pattern: "(how|the way) ** (works|work|operates|operate|is done|functions) (on|at|in|across) (every|all|any|most) [_] [_] @sectorpeers", weight: 0.75 },
    { id: "sector-problem.increasingly-common-across", pattern: "(increasingly|ever more|more and more|very|extremely|now|all too|becoming) (common|frequent|prevalent|widespread|commonplace|routine) (across|in|among|throughout|for|at) [the] [_] [_] (infrastructure|industry|sector|sectors|industries|@sectorpeers-plural)", weight: 0.8 },
    { id: "sector-problem.if-but-when", pattern: "(question|matter) of (if|whether) [but|rather than|but rather|it is|it's] when", weight: 0.75, negatable: false, requires: "(for|every|any|all|institutions|companies|organisations|organizations|businesses|@sectorpeers-plural)" },
    { id: "sector-problem.like-our-competitors", pattern: "(like|as with|just like|in common with|along with) (our|its|their|many of our|many of its|all of our|other) (competitors|peers|rivals|counterparts|industry peers|sector peers)", weight: 0.8 },
    { id: "sector-problem.attacks-on-peers-surge", pattern: "(@attack|attempts|campaigns|scams|threats|cyberattacks|cyber-attacks) (against|on|targeting|aimed at|hitting|directed at|affecting) [the] [_] [_] @sectorpeers-plural ** (surged|risen|rising|increased|increasing|grown|growing|soared|soaring|spiked|climbed|jumped|rocketed|multiplied|come round|come around|commonplace|routine|frequent|every day|every week|every month|every term|every year|a daily|on the rise)", weight: 0.8, unless: "(unlike|fell|fallen|declined|decreased|dropped)" },
    { id: "sector-problem.used-by-thousands-of-other", pattern: "(used by|relied on by|relied upon by|deployed by|run by|in use at|shared by) ** (thousands of|hundreds of|dozens of|countless|numerous|millions of|many|scores of) other (organisations|organizations|companies|businesses|firms|institutions|@sectorpeers-plural)", weight: 0.8 },
    { id: "sector-problem.all-games-dealing", pattern: "(every|all|many|most|other) [_] (games|game studios|studios|publishers|@sectorpeers-plural|@sectorpeers) (are|is|have been|has been|were|was) [all|also|currently|now] (dealing with|facing|fighting|grappling with|battling|tackling|contending with|experiencing|seeing|targeted|hit|affected)", weight: 0.8, unless: "(unlike|better than|ahead of)" },
    { id: "sector-problem.growing-risk-for-peers", pattern: "(risk|threat|problem|challenge|reality|danger|menace) (for|to|facing|confronting) [all|every|any|many|most|other] [_] @sectorpeers-plural", weight: 0.75, requires: "(ever-present|growing|constant|persistent|common|universal|every|all|industry|increasing|rising|ever present|ongoing|perennial)", unless: "(our|my) (~customer|~user|~member)" },
    { id: "sector-problem.part-of-running-any", pattern: "(part of|comes with|goes with|the price of|a cost of) (running|operating|being|doing business as|managing|having) (any|every|a|an) * @sectorpeers", weight: 0.8, requires: "(@attack|@problem|incidents|attempts|this|these|threats|scraping|@incident)" },
    { id: "sector-problem.wider-problem-of", pattern: "(wider|broader|bigger|larger|general|systemic|overall) (~problem|~issue|~challenge|~threat|picture|~trend) of * (against|targeting|facing|across|in|affecting|hitting|for) [the] [_] (@sectorpeers-plural|industry|sector|sectors|industries)", weight: 0.8 },
    { id: "sector-problem.not-only-to-us", pattern: "not (something|a thing|a problem|an issue|an incident|one|a challenge|an attack|a risk) [that|which] (happened|happens|has happened|is happening|applies|happening|is limited|is confined) only to (us|our|@we)", weight: 0.85 },
    { id: "sector-problem.peers-across-region-hit", pattern: "@sectorpeers-plural (across|throughout|in|around|all over) (the|our|this) [_] (region|country|state|sector|industry|world|globe|area|continent|nation) (have|has|were|are|had) [also|all|likewise|similarly] [been] (~hit|~target|~affect|~breach|~attack|~scrape|~compromise|~face|~experience|seen similar|faced similar)", weight: 0.8 },
    { id: "sector-problem.most-of-peers", pattern: "(most|many|all|several|some|dozens|hundreds|a number|the majority|plenty) of (the company's|its|our|their|the bank's|the firm's|the group's|the retailer's) (peers|competitors|rivals|counterparts|industry peers)", weight: 0.8, requires: "(@attack|@problem|~hit|~affect|~target|similar|same|~face|~suffer|~experience)" },
    { id: "sector-problem.unrealistic-to-expect-any", pattern: "(unrealistic|impossible|no way|naive|not realistic|not possible) (to expect|for) (any|every|a single|one) [_] @sectorpeers to (stop|prevent|block|eliminate|catch|defeat|be immune|fend off|fully stop|entirely stop)", weight: 0.8 },
    // "an internet problem, not a Quill problem"
    { id: "sector-problem.x-problem-not-ours", pattern: "(industry | sector | internet | web | ecosystem | industry-wide | sector-wide | society-wide | societal | systemic | global | everyone's) (problem | issue | challenge) not (a | an | our | just | simply | only | merely) [own] [_] [_] (problem | issue | failure | failing | challenge | fault | one)", weight: 0.85, negatable: false },
    // "scraping happens across the whole web, not just on our service"
    { id: "sector-problem.across-the-web", pattern: "(@attack | @problem | bots | scrapers | ~happen | ~occur | ~take place) * (across | throughout | all over | everywhere on | everywhere in) the (whole | entire | wider | broader | open | global) (web | internet | online world)", weight: 0.8 },
    { id: "sector-problem.not-just-us", pattern: "not (just | only | simply | solely | merely) (on | at | to | with | in | for) (our | us) [own] [_] [_]", weight: 0.75, negatable: false, requires: "(across | everywhere | every | all | whole | entire | industry | sector | web | internet | other)" },
    // "becoming more frequent across retail"
    { id: "sector-problem.common-across-named-sector", pattern: `(increasingly | ever more | more and more | more | becoming | becoming more | becoming increasingly | now | all too | rife | widespread | endemic) [common | frequent | prevalent | widespread | commonplace | routine] (across | in | throughout | among) [the] [wider | whole | entire] ${SECTORS} [sector | industry]`, weight: 0.75, requires: TROUBLE },
    // "if you run a ticketing site, bots ... is par for the course"; "this is what running a marketplace looks like"
    { id: "sector-problem.if-you-run-any", pattern: "(if you run | if you operate | anyone running | anyone who runs | anyone operating | whoever runs | when you run | if you are | if you're) (a | an | any) [_] [_] @sectorpeers", weight: 0.75, requires: "(par for the course | comes with the territory | come with the territory | part of the job | the norm | normal | expected | inevitable | every day | all the time | a given | fact of life | goes with | deal with | live with | will be targeted | get hit | gets hit | you will)" },
    { id: "sector-problem.what-running-looks-like", pattern: "what (running | operating | being | doing business as | managing) (a | an | any) [_] [_] @sectorpeers (looks like | is like | means | involves | entails)", weight: 0.8 },
    // "no bank can stop every attempt"
    { id: "sector-problem.no-peer-can-stop", pattern: "no [single | one | individual] @sectorpeers (can | could | is able to) [ever] [fully | completely | entirely | realistically | hope to] (stop | prevent | block | eliminate | catch | defeat | fend off | guarantee | fix | solve | beat | keep out)", weight: 0.8 },
    // "symptomatic of pressures on NHS IT as a whole rather than any local failing"
    { id: "sector-problem.rather-than-local-failing", pattern: "rather than (any | a | an | our own | its own | their own | a single) [_] (local | individual | internal | specific | single | isolated | organisational | organizational | institutional | company-specific) (failing | failings | failure | failures | fault | faults | problem | issue | mistake | lapse)", weight: 0.8 },
    { id: "sector-problem.symptomatic-of-wider", pattern: "(symptomatic | a symptom | symptoms | indicative | reflective | a reflection) of [the] (wider | broader | systemic | structural | sector-wide | industry-wide | national | nationwide | chronic | pressures | problems | underfunding | shared) [_] [_] (problem | problems | pressures | issues | challenges | weaknesses | underfunding | trend | trends | sector | industry | system | it)", weight: 0.75, requires: TROUBLE },
    // "Like everyone else in retail this year, we've had to deal with skimming"
    { id: "sector-problem.like-everyone-else-in", pattern: "(like | as with | just like | along with | in common with) (everyone | everybody | anyone | anybody | all | the rest | most) [else | of us | of our peers] (in | across | throughout) [the | our | this] [_] [_]", weight: 0.8, requires: TROUBLE },
    // "if half the sector got hit, we are a statistic"
    { id: "sector-problem.share-of-sector-hit", pattern: "(half | most | much | a third | a quarter | many | all | the rest | two-thirds | three-quarters | large parts | swathes | a majority) of the (sector | industry | market | field | @sectorpeers-plural) [_] (got | get | gets | was | were | has been | have been | are | is | had been) [also] (hit | targeted | affected | breached | attacked | compromised | scraped | exposed)", weight: 0.8 },
    { id: "sector-problem.statistic-not-scandal", pattern: "(a statistic | one statistic | a number), not (a | an) (scandal | story | failure | outlier | exception)", weight: 0.8, negatable: false },
    // "position it alongside the Veridia and Koba incidents"
    { id: "sector-problem.alongside-others", pattern: "(~position | ~place | ~put | ~present | ~frame | ~set | ~list | ~group | ~bracket | ~lump | ~mention | ~discuss) (it | this | the incident | us | ourselves | the breach | the attack | the leak | the story) * (alongside | next to | together with | in the same breath as | among) ** (incidents | breaches | attacks | hacks | leaks | peers | competitors | rivals | others | companies)", weight: 0.8 },
    // supply chain: "every one of their clients is exposed"
    { id: "sector-problem.all-vendor-clients", pattern: "(every one of | all of | each of | every | all) (their | its | the vendor's | the supplier's | the provider's | the developer's) (clients | customers | users | licensees | other customers) (is | are | was | were | could be | may be) [equally | also | potentially | now] (exposed | affected | vulnerable | at risk | hit | in the same position)", weight: 0.8 },
    { id: "sector-problem.supply-chain-story", pattern: "(supply-chain | supply chain | third-party software) (story | problem | issue)", weight: 0.7, requires: "(~position | ~frame | ~present | ~cast | ~treat | ~pitch | every | clients | not our | not a)" },
    // "one of more than forty municipal utilities affected"
    { id: "sector-problem.one-of-n-peers", pattern: "one of [more than | over | at least | some | nearly | almost | around | about | roughly | the | an estimated] [_] [_] [_] @sectorpeers-plural (affected | hit | targeted | breached | caught up | impacted | attacked | compromised | to have been | that were | that have been | which were | which have been | to be hit | to be affected)", weight: 0.8 },
    // "we do not think this is a problem unique to banks"
    { id: "sector-problem.not-think-unique", pattern: "(do not | don't | did not | didn't | never) (think | believe | consider | accept | see) (this | it | that | the issue | the problem | this issue | this problem | this attack | this incident | this kind of thing | scraping | fraud) (is | was) [a | an] [_] [_] (unique | specific | confined | limited | peculiar | exclusive) to", weight: 0.8, negatable: false },
    // "no different from any other merchant"
    { id: "sector-problem.no-different-from", pattern: "(no different | not different | not so different | little different | hardly different) (from | than | to) (any | every | all | most | many | the) [other] [_] [_] @sectorpeers", weight: 0.8 },
  ] as StrategyDef["cues"]).map((c) => ({ ...c, unless: c.unless ? `(${c.unless} | ${EXPERT})` : EXPERT })),
  hits: [
    { text: "In the long term we expect more scraping incidents and it is important to frame this as a sector problem.", mode: "directive" },
    { text: "We think it's important to frame this as a broad industry issue.", mode: "directive" },
    "Scraping is an industry-wide challenge that every platform faces.",
    "This is a problem across the entire tech industry, not something specific to our service.",
    "Like other providers, we are a target for criminals who harvest public data.",
    "This issue is not unique to us; all online services contend with automated collection.",
    "This is another example of the ongoing, adversarial relationship technology companies have with fraudsters.",
    "Credential stuffing affects the whole sector, and we are working with peers on shared defences.",
    "No company is immune to these attacks.",
    { text: "The company said scraping was an industry problem.", mode: "reported" },
    "Ransomware is now a fact of life for any organisation that holds personal data.",
    "Attacks on regional hospitals have surged this year.",
    { text: "The lender said most of its peers had been hit by similar attacks.", mode: "reported" },
    "It is unrealistic to expect any website to stop automated scraping entirely.",
    "Card skimming is becoming more common across retail, and like everyone else in the sector we have had to fight it.",
    "We are one of more than thirty councils hit by the same group this spring.",
    "No hospital can block every ransomware attempt on its own.",
    "Think of it as an industry problem, not our problem.",
    "We don't believe this issue is unique to insurers.",
  ],
  misses: [
    "This is not an industry problem; it is our failure and we are sorry.",
    "The industry-wide standard for encryption is AES-256.",
    "We lead the sector in renewable energy adoption.",
    "Our data includes, but is not limited to, names and email addresses.",
    "Analysts expect the technology sector to grow by 5% next year.",
    "Is this a problem across the industry?",
    "I will not hide behind the claim that this is an industry problem.",
    "The attack was one of thousands we block every week.",
    "Industry-wide, the average cost of a breach rose last year, according to a survey.",
    "Researchers warned that ransomware is an industry-wide threat.",
    "We will share our findings with the broader industry so that others can defend against similar attacks.",
    "We should position this as a vendor failure caused by our supplier.",
  ],
} satisfies StrategyDef;
