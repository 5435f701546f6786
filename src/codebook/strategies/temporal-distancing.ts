import type { StrategyDef } from "../types.js";

/** Calendar years a statement may push an incident back to. */
/** A four-digit year from 1990 to 2029 (prefixes keep the compiled expression small). */
const YEAR = "(199* | 200* | 201* | 202*)";
const MONTHS = "january | february | march | april | may | june | july | august | september | october | november | december";
const MONTH = "(_ | the (end | start | beginning | middle | first half | second half) of | early | mid | late)";
/** Data, records and incidents: what is said to be old. */
const DATA =
  "(data | dataset* | information | record* | file* | database* | list | lists | material* | compilation* | dump* | email* | phone numbers | password* | credential* | accounts | leak* | breach* | incident* | vulnerabilit* | flaw* | bug* | issue* | problem* | exposure* | archive* | backup* | snapshot* | export* | copy | memo* | document* | system* | server* | tool* | feature*)";
/** Data and incidents that can be called old (no systems, accounts or passwords: "old passwords" is user advice). */
const OLD_DATA =
  "(data | data set* | dataset* | information | record* | file* | database* | list | lists | material* | compilation* | dump* | email addresses | phone numbers | leak* | breach* | incident* | vulnerabilit* | flaw* | bug | bugs | issue | issues | archive* | backup* | snapshot* | export* | copy | memo* | document* | news | story | report | reports)";
/** The sentence is about data or an incident (gate for the weaker cues). */
const ABOUT =
  "(data | dataset* | information | record* | file* | database* | list | compilation* | dump* | password* | credential* | accounts | email* | phone numbers | scrap* | stolen | expos* | leak* | hack* | breach* | compromis* | access* | affect* | obtain* | collect* | taken | memo* | vulnerabilit* | flaw* | bug* | tool* | feature* | incident* | attack* | intrusion* | issue* | profile* | detail* | practice* | conduct | exposure | warning* | event* | weakness* | loophole* | export* | story | stories | snapshot* | screenshot* | server* | integration*)";

export default {
  id: "temporal-distancing",
  label: "Temporal distancing",
  family: "diminish",
  theory:
    "Benoit: reducing offensiveness by minimisation (old news seems less harmful and less current); SCCT: diminish. Made visible by Facebook's 2021 line that the leaked data 'was previously reported on in 2019' and scraped 'prior to September 2019'.",
  definition:
    "The incident, the flaw or the data is placed in the past: the data is old or outdated, the method was previously reported or already known, the leak is a rerun of an earlier one, it all happened years ago or before a given date, so that there is nothing new to answer for today.",
  questions: [
    "If it was fixed in 2019, why were the affected users not told then?",
    "How old is the data really, and how much of it (phone numbers, birth dates, addresses) is still valid today?",
    "Who reported it previously, and what did you tell the people affected at that time?",
    "If you knew about this data set years ago, what did you do to get it taken down?",
  ],
  cues: [
    // "previously reported", "already known", "widely reported at the time"
    {
      id: "temporal-distancing.previously-reported",
      pattern:
        "(previously | already) [been] (reported | disclosed | announced | publicised | publicized | made public | covered | documented | published | identified | discussed | acknowledged | revealed | known | addressed | dealt with | reported on | in the public domain)",
      weight: 0.85,
      requires: ABOUT,
      unless: "(not (previously | already) (reported | disclosed | known | announced | made public) | never (previously | before) | had not (previously | already) | have not (previously | already) | has not (previously | already) | (a | an | the | its | our | this | that) (previously | already) (reported | disclosed | announced) [cybersecurity | cyber | security | data | ransomware] (incident | breach | event | matter | attack) | (already | previously) (published | available | public) (in | on | via | through) * (public | publicly) [_] (directory | directories | profile | profiles | website | websites | pages | page | register | registers | listings))",
    },
    {
      id: "temporal-distancing.reported-at-the-time",
      pattern:
        "(reported | disclosed | announced | publicised | publicized | made public | covered | addressed | fixed | resolved | dealt with | notified | communicated | acknowledged) (at the time | back then | when it happened | when it occurred | when it was discovered | years ago | long ago | some time ago | a long time ago | in the past | previously)",
      weight: 0.8,
      requires: ABOUT,
    },
    {
      id: "temporal-distancing.reported-back-in",
      pattern: `(disclosed | announced | publicised | publicized | made public | covered | addressed | public) (back in | as long ago as) [${MONTH}] ${YEAR}`,
      weight: 0.8,
      requires: ABOUT,
    },
    // "old data", "an old marketing database", "years-old data", "outdated information"
    {
      id: "temporal-distancing.old-data",
      pattern: `(old | older | outdated | out-of-date | out of date | obsolete | stale | historic | historical | archived | archival | years-old | year-old | decade-old | defunct | superseded | no-longer-used | retired | decommissioned | legacy) [and] [marketing | customer | user | member | backup | test | account | contact | email | mailing | archived | unused | inactive | partial] ${OLD_DATA}`,
      weight: 0.85,
      requires: ABOUT,
      unless: "((old | older) (customers | users | members | patients | people | adults | residents | version of the app | app version) | legacy (brand | brands | carriers | customers of | systems | system | servers | server | software | technology | infrastructure | platform) | (historic | historical) (high | low | highs | lows | building | buildings | site | sites | town | district) | historical data (shows | suggests | indicates | to (forecast | predict | model | train)) | (reuse | reusing | change | changing | update | updating | recycle | recycling | delete | deleting | remove | removing) * (old | older) | old (issue | issues) of (the | our) (magazine | newsletter) | (can | could | may | might) still be (valuable | useful | dangerous | exploited | used | risky | harmful) | data (centre | center | centres | centers) | (easy | tempting) to (call | dismiss | write off | describe | label) | credential stuffing | credential-stuffing | (try | tries | tried | trying | test | tests | testing) [_] (passwords | credentials | logins))",
    },
    {
      id: "temporal-distancing.years-old",
      pattern:
        "(is | are | was | were | be | being | appears to be | appear to be | seems to be | seem to be) [largely | mostly | entirely | purely | primarily | mainly | predominantly] [at least | more than | over | about | around | roughly | some | several | many | two | three | four | five | six | seven | eight | nine | ten | a few | several] (years old | year old | months old | a decade old | decades old | out of date | outdated | obsolete | stale | no longer current | no longer accurate | no longer valid | no longer in use | no longer used | largely outdated | mostly outdated | largely obsolete | old data | old information | historic | historical | old)",
      weight: 0.8,
      requires: ABOUT,
      unless: "((customers | users | members | patients | people | children | adults | residents | he | she | victims) (is | are | was | were) [_] (years old | months old | old) | no longer (in use | used | valid) [and] (has been | was | were) (replaced | patched | fixed))",
    },
    // "collected years ago", "dates from 2019", "prior to September 2019"
    {
      id: "temporal-distancing.years-ago",
      pattern:
        "(collected | gathered | obtained | scraped | taken | stolen | compiled | harvested | acquired | accessed | originated | created | leaked | exposed | copied | extracted | lifted | posted | circulated | surfaced | first appeared | appeared | happened | occurred | took place | closed | deleted | disabled | shut down | fixed | patched | resolved | addressed | dates | dating | came | changed | ended | stopped | discontinued | updated | revised | replaced | overhauled | abandoned | ceased | archived | retired | decommissioned | wound down | wound up | switched off | turned off | phased out | sunset | sunsetted | shut) ** (years ago | long ago | many years ago | several years ago | some years ago | a long time ago | some time ago | decades ago | a decade ago | in years past | in the distant past | long before)",
      weight: 0.85,
      requires: ABOUT,
    },
    {
      id: "temporal-distancing.dates-from-year",
      pattern: `(dates | dated | dating | date) [back] (from | to | back to) [before | prior to | at least | as early as | around] [${MONTH}] ${YEAR}`,
      weight: 0.85,
      requires: ABOUT,
    },
    {
      id: "temporal-distancing.prior-to-year",
      pattern: `(prior to | before | predating | predates | predate | predated | pre-dating | pre-dates | no later than | earlier than | as far back as | as early as | as old as | as long ago as) [a | an | the | our | its | their] [${MONTH}] [of] ${YEAR}`,
      weight: 0.75,
      requires: "(scrap* | collected | obtained | compiled | harvested | gathered | stolen | taken | leaked | exposed | accessed | copied | extracted | created | originat* | dates | dated | dating | old | older | came | come | comes | made | taken | from)",
      unless: "((by | before | until) [the end of] (2025 | 2026 | 2027 | 2028 | 2030) | deadline | must (comply | complete | submit) | (will | plans to | aims to | intends to) * (before | by | until))",
    },
    {
      id: "temporal-distancing.predates",
      pattern: "(~predate | ~pre-date | ~antedate) (our | the | this | its | their | a | an | any | current | recent)",
      weight: 0.85,
      requires: ABOUT,
    },
    {
      id: "temporal-distancing.data-from-year",
      pattern: `${DATA} (is | are | was | were | appears to be | appear to be | seems to be | come | comes | came | originate | originates | originated) [all | mostly | largely | entirely | primarily | mainly | predominantly | apparently] (from | from before | from around | from as far back as) [${MONTH}] ${YEAR}`,
      weight: 0.8,
      unless: "(customers | users | members | patients | joined | since) (from | in)",
    },
    {
      id: "temporal-distancing.back-in-year",
      pattern: `(collected | gathered | obtained | scraped | taken | stolen | compiled | harvested | acquired | accessed | originated | created | leaked | exposed | copied | extracted | posted | circulated | surfaced | appeared | happened | occurred | took place | reported | disclosed | announced | fixed | patched | closed | resolved | addressed | dates | dated | dating | came | began | started | sold | changed | altered | modified | removed | disabled | switched off | shut | ended | stopped | retired | decommissioned | updated) ** (back in | way back in | as far back as | as long ago as | all the way back in) [${MONTH}] ${YEAR}`,
      weight: 0.7,
    },
    {
      id: "temporal-distancing.online-since",
      pattern: `(has | have | had) been (online | available | public | circulating | in circulation | out there | accessible | floating around | on the internet | on the web | shared | traded) [publicly | online | openly | widely] [in various forms | in some form | in one form or another | in different forms | on forums | on hacker forums | on the dark web] (since | for) [at least | as early as | around | approximately | more than | over] [${MONTH} | several | many | a number of | some | two | three | four | five] (${YEAR.slice(1, -1)} | years | a decade | decades | a long time | some time | then | that time)`,
      weight: 0.8,
    },
    {
      id: "temporal-distancing.fixed-in-year",
      pattern: `(fixed | patched | closed | resolved | addressed | remediated | shut down | disabled | removed | discontinued | retired | decommissioned | switched off | turned off | plugged | corrected) ** (in | by | during | as of) [${MONTH}] ${YEAR}`,
      weight: 0.6,
      requires: ABOUT,
      unless: "((within | in) [a | an | two | three | four | five | a few | several | _] (hours | hour | days | day | minutes | week | weeks) | the same day | immediately | by the end of (this | next) (month | week | year) | (will be | to be | plan to | expect to) [be] (fixed | patched | closed | resolved | addressed))",
    },
    {
      id: "temporal-distancing.same-year",
      pattern:
        "(fixed | patched | closed | resolved | addressed | remediated | shut down | disabled | removed | plugged) ** (that same year | the same year | that year | later that year | years ago | long ago | some time ago | at the time | back then)",
      weight: 0.8,
      requires: ABOUT,
    },
    // "not new", "nothing new", "not a fresh leak", "old news"
    {
      id: "temporal-distancing.not-new",
      pattern:
        "((is | are | was | were | be | being | isn't | aren't) (not | nothing) [a | any] [particularly | entirely | really | at all] (new | fresh | recent | novel | new information | new data | new breach | new leak | new incident | a new breach | a new leak | a new incident | news) | not (a | any) (new | fresh | recent | separate | second | further | additional) (breach | leak | incident | compromise | hack | data set | dataset | exposure | intrusion | attack | vulnerability) | nothing new (in it | here | about | in this | in the | in these | about this))",
      weight: 0.85,
      requires: ABOUT,
      unless: "(nothing new to (report | share | add | say) | no new (information | details) (to | at this))",
    },
    {
      id: "temporal-distancing.no-new-breach",
      pattern: "(no | not any | no evidence of a | no evidence of any | nothing to suggest a) (new | fresh | recent | second | separate) (breach | leak | incident | compromise | hack | intrusion | data set | dataset | exposure)",
      weight: 0.8,
      unless: "(since the fix | since we | since then | following the fix | after the fix | since (the | our) (changes | upgrade | patch))",
    },
    {
      id: "temporal-distancing.old-news",
      pattern: "(old news | a rehash | rehash of | rehashed | yesterday's news | ancient history | water under the bridge | a rerun | a re-run | a repeat of | a replay of | recycled news | stale news)",
      weight: 0.85,
      requires: ABOUT,
    },
    {
      id: "temporal-distancing.repackaged",
      pattern:
        "(repackaged | repackaging | recycled | rehashed | rehash | recompiled | recompilation | re-compilation | regurgitated | reassembled | re-released | republished | reposted | re-posted | re-shared | reshared | reheated | re-circulated | recirculation) [compilation | version | copy | collection | set | selection | mix] [of] [old | older | previously | already | existing | earlier | past | historical | historic | known | leaked | public | stolen] ** (data | material | information | records | compilation | leak | leaks | breach | breaches | list | lists | data sets | datasets | dumps | credentials | incidents)",
      weight: 0.85,
      unless: "((recycled | reused | reusing) (password | passwords) | recycled paper | recycled materials | recycled plastic | (recycled | reused | reusing | recycling | recycle | reuse) [their | the same | old | login | account] [_] (password | passwords | credentials | login | logins))",
    },
    {
      id: "temporal-distancing.compilation-of-earlier",
      pattern:
        "(compilation | collection | aggregation | mix | mixture | combination | amalgam | assortment) of (old | older | previously | earlier | past | prior | historic | historical | existing | already-public | already public | known | previously leaked | previously reported | previously published) [leaked | reported | published | disclosed | stolen | scraped | public] [@data | material | leaks | breaches | incidents | lists | dumps]",
      weight: 0.85,
    },
    {
      id: "temporal-distancing.leaked-in-earlier",
      pattern:
        "(leaked | stolen | exposed | taken | published | obtained | compromised | released | posted | dumped | lost | harvested | scraped | gathered) (in | from | during | through | as part of) [several | various | multiple | a number of | a series of | one of | an | a | the] (earlier | previous | prior | past | older | old | historic | historical | previously reported | previously disclosed | long-ago | years-old) (breaches | breach | incidents | incident | leaks | leak | compromises | compromise | hacks | hack | attacks | data sets | dumps)",
      weight: 0.8,
      unless: "(credential stuffing | credential-stuffing | (try | tries | tried | trying | test | tests | testing) [_] (passwords | credentials | logins))",
    },
    {
      id: "temporal-distancing.from-earlier-incident",
      pattern:
        "(from | relates to | related to | relating to | tied to | linked to | connected to | traced to | traces back to | stems from | stem from | stemmed from | originates from | originated in | originated from | part of | refers to | refer to | came from | come from | comes from | taken in | obtained in | stolen in | leaked in | exposed in | taken during | obtained during | stolen during) (a | an | the | our | several | multiple | two | three | various | separate) [previous | earlier | prior | past | old | older | historic | historical | well-known | known | previously reported | previously disclosed | already disclosed] (previous | earlier | prior | past | old | older | historic | historical | well-known | previously reported | previously disclosed | already disclosed | 2010 | 2011 | 2012 | 2013 | 2014 | 2015 | 2016 | 2017 | 2018 | 2019 | 2020 | 2021 | 2022) (incident | incidents | breach | breaches | leak | leaks | compromise | compromises | exposure | exposures | hack | hacks | data sets | datasets | dumps | scraping | attack | attacks | cyberattack | cyberattacks)",
      weight: 0.8,
    },
    {
      id: "temporal-distancing.same-as-before",
      pattern:
        "(the same | identical to the | identical to | a copy of the | a copy of | the very same | largely the same as | essentially the same as | no different from the) [one | data | data set | dataset | file | files | list | information | records | leak | breach | material | compilation | dump | set] (that | which | as | we | first) ** (surfaced | appeared | emerged | leaked | circulated | was reported | were reported | was published | was posted | were posted | reported | disclosed | in 2017 | in 2018 | in 2019 | in 2020 | in 2021 | in 2022 | previously | before | earlier | last year | years ago | back in)",
      weight: 0.8,
    },
    // "no longer reflects current", "accounts closed long ago"
    {
      id: "temporal-distancing.not-current",
      pattern:
        "(no longer | does not | do not | doesn't | don't | did not | not) (reflect | reflects | represent | represents | reflective of | representative of | relate to | correspond to | apply to | describe | match) (current | our current | today's | present | present-day | the current | how we | the way we | existing | live | active | up-to-date)",
      weight: 0.8,
      requires: ABOUT,
    },
    {
      id: "temporal-distancing.closed-long-ago",
      pattern:
        "(accounts | systems | databases | services | products | servers | platforms | programmes | programs | apps | tools | features | sites | websites) [that were | which were | were | was | that had been | long since | since] (closed | decommissioned | retired | shut down | discontinued | deleted | deactivated | switched off | abandoned | sunset | sunsetted) (long ago | years ago | many years ago | a long time ago | some time ago | in the past | before | long before | decades ago)",
      weight: 0.8,
    },
    {
      id: "temporal-distancing.known-since",
      pattern: `(public | publicly available | in the public domain | on the record) (since | as far back as | as early as) [${MONTH}] ${YEAR}`,
      weight: 0.75,
      requires: ABOUT,
    },
    {
      id: "temporal-distancing.historical-incident",
      pattern:
        "(a | an | the | this | that) (historic | historical | legacy | past | long-resolved | long-closed | long-fixed | previously resolved | previously fixed | previously disclosed | previously reported | old) (incident | issue | breach | leak | matter | vulnerability | flaw | bug | problem | compromise | event)",
      weight: 0.8,
      unless: "(unlike (the | a | an | this | that) (historic | historical | past | old))",
    },
    // "occurred between 2015 and 2016"
    {
      id: "temporal-distancing.between-years",
      pattern: `(occurred | took place | happened | began | started | ran | collected | obtained | scraped | stolen | taken | compiled | accessed | copied | exposed | gathered | created | dating | dates | dated) [_] [_] (between | from) [${MONTH}] ${YEAR} (and | to | until | through) [${MONTH}] ${YEAR}`,
      weight: 0.8,
      requires: ABOUT,
    },
    // "first published in 2021 and widely available ever since"
    {
      id: "temporal-distancing.first-appeared-in-year",
      pattern: `(first | originally | initially) (published | posted | leaked | appeared | surfaced | circulated | reported | disclosed | shared | emerged | sold | offered | compiled | collected | made public) ** (in | back in | during | around) [${MONTH}] ${YEAR}`,
      weight: 0.8,
      requires: ABOUT,
    },
    {
      id: "temporal-distancing.ever-since",
      pattern: "(available | online | public | circulating | in circulation | accessible | out there | shared | traded) [widely | publicly | openly] (ever since | since then | since that time | for years | for a decade | for many years | for several years)",
      weight: 0.75,
      requires: `(${YEAR.slice(1, -1)} | first | originally | old | older | years | previously | already)`,
    },
    {
      id: "temporal-distancing.archived-for",
      pattern: "(archived | stored | kept | held | sitting | untouched | unused | dormant | inactive | retained) [in _ | on _] (for | since) [more than | over | at least | well over | nearly | almost] (a decade | decades | years | many years | several years | a long time | _ years)",
      weight: 0.75,
      requires: ABOUT,
    },
    // "a legacy environment that has since been decommissioned", "a legacy platform scheduled for retirement"
    {
      id: "temporal-distancing.legacy-since-retired",
      pattern:
        "(legacy | old | older | former | previous | outdated | retired | obsolete | defunct | superseded) (environment | environments | platform | platforms | system | systems | server | servers | database | databases | site | website | app | application | service | infrastructure | tool | network) ** (since been | long since | has since | have since | no longer (in use | used | active | operational | supported) | scheduled for (retirement | decommissioning | closure | shutdown) | slated for (retirement | decommissioning | closure) | being (retired | decommissioned | phased out) | (that | which) (was | were) (retired | decommissioned | shut down | switched off))",
      weight: 0.8,
      unless: "(we are (migrating | retiring | replacing | moving) | we will (migrate | retire | replace | move))",
    },
    // "practices dating back to 2017", "historic practices that have since been changed", "a previous management team"
    {
      id: "temporal-distancing.historic-practices",
      pattern:
        "(historic | historical | past | legacy | previous | former | earlier | old | outdated | prior) [management | leadership | business | data | privacy | marketing | commercial] (practices | practice | conduct | failings | management team | leadership team | leadership | management | regime | owners | ownership)",
      weight: 0.8,
      requires: "(fine | penalty | decision | ruling | regulator | authority | commission | watchdog | since | no longer | longer | changed | replaced | ended | relat* | years | predat* | dating | frame | framing | present | describe | stress | emphasi* | under | by)",
      unless: "(best practice | good practice | unlike (the | our) (previous | former))",
    },
    {
      id: "temporal-distancing.practices-changed",
      pattern:
        `(practices | practice | conduct | processes | policies | procedures | approach | behaviour | behavior) [in question | concerned | at issue | described | criticised | criticized | identified | cited | referred to] (were | was | have been | has been | had been) [long] [since] (changed | ended | stopped | discontinued | updated | revised | replaced | overhauled | abandoned | corrected | remedied | addressed) ** (years ago | ago | in ${YEAR.slice(1, -1)} | since | long before | before the)`,
      weight: 0.8,
    },
    {
      id: "temporal-distancing.since-changed",
      pattern: "(historic | historical | past | legacy | previous | old | outdated | earlier) ** (that | which) (have | has | had) (since | long since) been (changed | ended | stopped | discontinued | updated | revised | replaced | overhauled | abandoned | corrected | fixed | retired | decommissioned | closed)",
      weight: 0.8,
    },
    {
      id: "temporal-distancing.described-as-historic",
      pattern:
        "(~describe | ~characterise | ~characterize | ~call | ~label | ~term | ~present | ~frame | ~portray | ~dismiss | ~cast | ~position) ** as (historic | historical | old | legacy | outdated | years old | years-old | dated | stale | a thing of the past | in the past | old news | past history)",
      weight: 0.8,
      requires: `(${ABOUT.slice(1, -1)} | fine | penalty | it | them)`,
    },
    // "old material repackaged with a new label", "the same data, reshuffled", "stitched together from older leaks"
    {
      id: "temporal-distancing.reshuffled",
      pattern:
        `(reshuffled | re-shuffled | rearranged | remixed | re-sorted | resorted | rebranded | relabelled | relabeled | re-labelled | renamed | re-dated | redated | repackaged | reformatted | re-packaged | re-edited | rejigged | recombined) [version | copy | edition | compilation | set | selection | mix | list] [of] ** (${YEAR.slice(1, -1)} | old | older | earlier | previous | same | existing | past | prior | previously | historic | historical | compilation | compilations | leak | leaks | data | material | list | lists)`,
      weight: 0.8,
      requires: ABOUT,
    },
    {
      id: "temporal-distancing.same-data-again",
      pattern:
        "(same | old | older | earlier | previous | existing) (data | material | information | records | list | lists | compilation | leak | leaks | credentials | dump | file | files) [_] [_] (reshuffled | repackaged | rehashed | recycled | rebranded | relabelled | relabeled | reposted | republished | again | with a new (label | name | title | date | wrapper | cover | header))",
      weight: 0.8,
      unless: "(same (data | information) (protection | standards | security | controls) | again (and again | later) | (try | trying | tried) again)",
    },
    {
      id: "temporal-distancing.stitched-from-older",
      pattern:
        "(stitched | cobbled | pieced | put | thrown | patched) together from [_] (older | old | earlier | previous | past | prior | historic | historical | existing | previously) [_] [_] (leaks | breaches | data | incidents | lists | dumps | compilations | material | records | sources | data sets)",
      weight: 0.85,
    },
    {
      id: "temporal-distancing.compiled-from-older",
      pattern:
        "(compiled | assembled | built | created | made up | drawn | derived | sourced | aggregated | collated | taken) from (older | old | earlier | previous | past | prior | historic | historical) [_] [_] (leaks | breaches | data | incidents | lists | dumps | compilations | material | records | data sets)",
      weight: 0.85,
    },
    // "emphasise the age of the data"
    {
      id: "temporal-distancing.age-of-the-data",
      pattern:
        "(emphasise | emphasize | emphasising | emphasizing | stress | stressing | highlight | highlighting | point out | pointing out | underline | underlining | mention | note | noting | focus on | lead with | remind * of | play up | foreground) [on] the (age | vintage | historic nature | historical nature | old age | date) of the (data | records | information | material | list | file | files | breach | incident | leak | data set | dataset | compilation)",
      weight: 0.85,
    },
    {
      id: "temporal-distancing.not-a-new-incident",
      pattern:
        "(not | doesn't | does not | don't | do not | didn't | did not | nor) (reflect | represent | indicate | signal | point to | come from | stem from | relate to | involve | constitute | amount to | mean) (a | any) (new | fresh | recent | separate | second | further | current) (incident | breach | leak | compromise | hack | intrusion | exposure | attack)",
      weight: 0.8,
    },
    // "appeared to be from 2019 or earlier"
    {
      id: "temporal-distancing.year-or-earlier",
      pattern: `${YEAR} or (earlier | before | older | prior)`,
      weight: 0.8,
      requires: ABOUT,
    },
    // "connected to that January event", "an incident at a contractor back in January"
    {
      id: "temporal-distancing.that-month-event",
      pattern: `(connected to | related to | linked to | tied to | relates to | relating to | relate to | traced to | traces back to | dates back to | date back to | dated back to | stems from | stem from | stemmed from) ** (that | the | an | a) [earlier | previous | prior] (${MONTHS} | spring | summer | autumn | winter | last year's | earlier | previous) (event | incident | breach | compromise | attack | intrusion | issue | leak | episode)`,
      weight: 0.8,
    },
    {
      id: "temporal-distancing.back-in-month",
      pattern: `(incident | event | breach | compromise | attack | intrusion | issue | leak | feature | endpoint | flaw | vulnerability | loophole) ** back in (${MONTHS} | the spring | the summer | the autumn | the winter | last year | the day)`,
      weight: 0.75,
      requires: "(related | relate | relates | relating | connected | linked | tied | traced | dated | dates | earlier | previous | contained | resolved | closed | fixed | changed | screenshots | same | old)",
    },
    // "the affected records dated back several years"
    {
      id: "temporal-distancing.dated-back-years",
      pattern: "(dates | dated | dating | date) back [more than | over | nearly | almost | at least | some | well over] (several | many | a few | some | two | three | four | five | six | seven | eight | nine | ten | fifteen | twenty | a decade | decades | years | _) [years | decades]",
      weight: 0.8,
      requires: ABOUT,
    },
    // "the data set was largely recycled"
    {
      id: "temporal-distancing.data-recycled",
      pattern: "(data set | dataset | data | list | file | material | records | dump | compilation | information | leak) ** (is | are | was | were | looks | appears) [largely | mostly | entirely | all | just | simply | merely | essentially | substantially | to be] (recycled | repackaged | rehashed | reheated | recirculated | regurgitated)",
      weight: 0.8,
      unless: "(recycled | reused | reusing | recycling | recycle | reuse) [their | the same | old | login | account] [_] (password | passwords | credentials | login | logins)",
    },
    // "nothing in the file post-dates our 2019 migration"
    {
      id: "temporal-distancing.nothing-postdates",
      pattern: "(nothing | none | no record | no records | no data | not one record | not a single record | not one | no entry | no entries) ** (post-dates | postdates | post-date | postdate | is newer than | is more recent than | dates from after | is later than)",
      weight: 0.85,
      negatable: false,
    },
    // "dormant since 2016"
    {
      id: "temporal-distancing.dormant-since",
      pattern: `(dormant | inactive | unused | untouched | closed | abandoned | deactivated | offline | unchanged | switched off | shut) (since | from) [${MONTH}] ${YEAR}`,
      weight: 0.8,
      requires: ABOUT,
    },
    // "a 2017 snapshot"
    {
      id: "temporal-distancing.year-snapshot",
      pattern: `(a | an | the) ${YEAR} (snapshot | copy | export | dump | backup | archive | data set | dataset | compilation | scrape | extract)`,
      weight: 0.75,
    },
    // "this story did the rounds in 2018"
    {
      id: "temporal-distancing.did-the-rounds-in",
      pattern: `(did | done | made | went | doing | making) (the rounds | round | around | viral) ** (in | back in | during) [${MONTH}] ${YEAR}`,
      weight: 0.8,
      requires: ABOUT,
    },
    // "that door has been shut for years"
    {
      id: "temporal-distancing.shut-for-years",
      pattern: "(shut | closed | fixed | patched | disabled | removed | switched off | turned off | plugged | sealed | locked | retired | gone) (for | since) [many | several | some | a few | two | three | four | five | well over | more than] (years | a decade | decades | a long time | ages)",
      weight: 0.8,
      requires: `(${ABOUT.slice(1, -1)} | door | doors | hole | it | that)`,
    },
  ],
  hits: [
    { text: "We suggest reminding reporters that the spreadsheet was taken from a retired mailing list that nobody has touched since 2016, so it is outdated.", mode: "directive" },
    { text: "Key messages: the information dates back to 2018 and the underlying bug was closed that same year.", mode: "directive" },
    { text: "We recommend stressing that this is a rehash of material that was widely reported in 2020.", mode: "directive" },
    { text: "The carrier said much of the exposed information was years-old data tied to accounts closed long ago.", mode: "reported" },
    { text: "Acme insisted the leaked presentation was 'several years old and no longer reflects how we operate.'", mode: "reported" },
    { text: "The company noted that the exposed files dated from before 2015.", mode: "reported" },
    "The methods used to obtain this list were previously reported in 2019.",
    "Malicious actors scraped this information from our platform prior to September 2019.",
    "This data set is not new; it has been online since at least 2020.",
    "The file circulating this week is identical to the one that surfaced in 2018.",
    "What is being shared is a repackaged compilation of older leaks, not a fresh breach.",
    "These records predate our 2021 system migration and do not reflect current customer data.",
    "The information was collected many years ago and much of it is outdated.",
    "This relates to a historical incident that we disclosed at the time.",
    "The email addresses in the list appear to be from 2017.",
    "There is nothing new in this so-called leak.",
    "The intrusion took place between 2014 and 2016 on a server that has since been decommissioned.",
    "What is circulating is the same data, repackaged with a new title.",
    { text: "In every briefing, stress the age of the records.", mode: "directive" },
    { text: "The insurer described the leaked files as historic and said the practices in question ended years ago.", mode: "reported" },
    "The export that is circulating appears to be from 2018 or earlier.",
    "That endpoint has been closed for years.",
    "Nothing in the dump post-dates the 2020 platform switch.",
    "The screenshots relate to the March incident at a former supplier, which was contained at the time.",
    "The leaked customer records date back several years.",
  ],
  misses: [
    "This is not old data: it was taken from our systems last week.",
    "The data was not previously reported, and we are notifying customers today.",
    "Our historical data shows that sales grow every December.",
    "We are migrating legacy systems to the cloud over the next two years.",
    "We were founded twenty years ago in a garage in Leeds.",
    "The vulnerability no longer exists and the tool has been switched off.",
    "The breach was first reported by a security researcher on Monday.",
    "Older customers may prefer to receive letters by post.",
    "We have nothing new to report at this stage, but we will update this page on Friday.",
    "Users who reuse recycled passwords are at greater risk.",
    "Old passwords can still be exploited by criminals, experts say.",
    "The list was compiled from names already published in our public staff directory.",
    "The old data centre in Reading will close next spring.",
    "Attackers tried passwords leaked in older breaches at other sites.",
    "It would be tempting to call this old data, but some records were created last week.",
  ],
} satisfies StrategyDef;
