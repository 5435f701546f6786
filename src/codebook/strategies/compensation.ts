import type { StrategyDef } from "../types.js";

// Protective services that breach notices hand out.
const SERVICE =
  "(credit monitoring|credit-monitoring|credit freeze|credit freezes|credit lock|identity protection|identity-protection|identity theft protection|identity-theft protection|identity theft insurance|identity monitoring|identity restoration|identity repair|id protection|id monitoring|identity guard|dark web monitoring|dark-web monitoring|fraud protection|fraud monitoring|fraud resolution|fraud alerts|fraud alert|identity theft services|identity services|identity theft cover|identity and credit monitoring|cyber monitoring|scam protection|web monitoring|internet monitoring|credit report monitoring|credit file monitoring)";
// Verbs of offering (not of advising: "we recommend you sign up for credit monitoring" is not a remedy).
const OFFER =
  "(~offer|~provide|~give|~extend|~make available|~pay for|~cover|~fund|~arrange|~supply|will receive|will get|will be offered|will be given|are entitled to|is entitled to|are eligible for|is eligible for|can claim|may claim|can apply for|sign up for free|enrol for free|enroll for free|at no cost|free of charge|complimentary|free|no-cost|paid-for|fully funded)";
const ADVICE =
  "(not yet|yet to|whether to|whether it will|whether they will|considering whether|(scam|scams|scammers|phishing|fake|fraudulent|bogus|beware|impersonating|impersonate|impersonators) ** (~offer|~provide|~give|compensation|refund|refunds|monitoring|voucher|vouchers)|(called on|calls on|calling on|call on|urged|urges|urging|demanded|demands|demanding|asked|asks|pressed|pressing|pressure|petition|lawmakers|regulators|critics|senators|campaigners|should have|failed to) ** (~offer|~provide|~pay|~give|~reimburse|~compensate|~cover|~extend)|we (recommend|encourage|urge|advise|suggest) [that] (you|customers|users|members)|(you|customers|users|members) (should|may want to|might want to|can also|could) (consider|sign up|enrol|enroll|place|set up|request|order|check|use)|consider (signing up|placing|setting up|requesting))";

export default {
  id: "compensation",
  label: "Compensation",
  family: "rebuild",
  theory: "Benoit: reducing offensiveness by compensation (a remedy to the injured party); SCCT: rebuild",
  definition:
    "A remedy is offered to the affected people: free credit monitoring or identity protection, reimbursement of losses, refunds, vouchers or free service, paying for replacement documents or support.",
  questions: [
    "Does the monitoring you offer last as long as the data stays useful to criminals?",
    "Will you reimburse losses that show up after the monitoring period ends?",
    "Do people have to give up any legal claims to accept the offer?",
  ],
  cues: [
    {
      id: "compensation.free-monitoring",
      pattern: `(free|complimentary|free-of-charge|no-cost|paid-for|fully funded|fully-funded) [_] [_] [_] ${SERVICE}`,
      weight: 0.9,
      unless: ADVICE,
    },
    {
      id: "compensation.offer-monitoring",
      pattern: `${OFFER} ** ${SERVICE}`,
      weight: 0.85,
      negatable: true,
      unless: ADVICE,
    },
    {
      id: "compensation.monitoring-at-no-cost",
      pattern: `${SERVICE} ** (at no cost|at no charge|free of charge|for free|at our expense|at no expense|paid for by|funded by|on us|without charge|without cost)`,
      weight: 0.9,
      negatable: true,
    },
    {
      id: "compensation.reimburse",
      pattern:
        "(~reimburse|~refund|~compensate|~repay|~recompense|~indemnify|make (you|customers|members|them|everyone|affected customers|those affected) whole|made whole|be made whole)",
      weight: 0.85,
      requires: "(affected|impacted|customers|customer|members|member|@users|victims|whose|fraudulent|fraud|losses|lost|charged|anyone|everyone|those|you|policyholders|cardholders|account holders)",
      unless:
        "((called on|calls on|calling on|urged|urges|urging|pressed|pressing|pressure|pressured|asked) ** to (compensate|reimburse|refund|repay)|(demand|demands|demanding|demanded|call for|calls for|calling for|called for|seek|seeking|sought|seeks|asked for|asking for|want|wants|lawsuit|sue|suing|sued|class action|petition) * (refund|refunds|compensation|reimbursement|to be (compensated|reimbursed|refunded))|(refund|refunds) (policy|policies|window|period|process|processing)|(refuses|refused|refusing|declined|declines|will not|won't|not|failing|failed|failure|fail|fails) [to] (reimburse|refund|compensate))",
    },
    {
      id: "compensation.compensation-offered",
      // (scam warnings and demands by others are excluded below)
      pattern:
        "(~offer|~pay|~provide|will receive|will get|~set aside|~establish|~create|~fund|~launch|~announce|~agree to pay|~make) [a|an|the|any|full|fair] [_] [_] (compensation|compensation scheme|compensation fund|compensation package|goodwill payment|goodwill payments|goodwill gesture|remediation payment|remediation payments|settlement fund|payout|payouts|ex gratia payment|ex-gratia payment|redress|restitution|reimbursement|reimbursements|refund|refunds)",
      weight: 0.85,
      unless:
        `(${ADVICE}|(demand|demands|demanding|demanded|call for|calls for|calling for|called for|seek|seeking|sought|seeks|lawsuit|sue|suing|class action|petition|regulator|regulators|court|ordered) ** (compensation|refund|refunds|redress|restitution|payout)|(ignore|not from us|impersonat*|pretending) ** (offering|offer))`,
    },
    {
      id: "compensation.cover-the-cost",
      pattern:
        "(~cover|~pay|~bear|~meet|~absorb|~foot|~reimburse|~refund|~waive) (the|any|all|their|your|its) [_] [_] (cost|costs|bill|expense|expenses|fee|fees|charges|losses|loss) (of|for|incurred|customers|associated|related|arising|resulting|suffered|that)",
      weight: 0.85,
      unless: "((you|customers|members|users|patients) (will|must|have to|may have to|need to) (cover|pay|bear|meet))",
    },
    {
      id: "compensation.cover-losses",
      pattern:
        "(~cover|~reimburse|~refund|~repay|~make good|~absorb|~bear|~guarantee|~protect (customers|you|members) from) [any|all|every|the|their|your] [_] [_] (losses|loss|fraudulent charges|fraudulent transactions|unauthorised transactions|unauthorized transactions|money lost|funds lost|stolen funds|lost money)",
      weight: 0.85,
    },
    {
      id: "compensation.at-our-expense",
      pattern:
        "(at our expense|at our own expense|at our cost|at no cost to (you|customers|members|them|those affected|affected)|at no charge to (you|customers|members|them)|free of charge|without charge|we will pay|we'll pay|the company will pay|the bank will pay|paid for by us|on us)",
      weight: 0.8,
      negatable: true,
      requires: "(affected|impacted|whose|inconvenience|patience|incident|outage|breach|exposed|disruption|replacement|replace|new|reissue|passport|passports|licence|licences|license|licenses|cards|apology|apologise|apologize|sorry|compensat*|enrol|enroll|sign up|opportunity to|monitoring|protection)",
      unless: "((app|service|product|tool|website|platform|version) (is|are|remains|remain) (free of charge|available free of charge|available without charge)|(that|this|it|which) (is|'s|was) [all] on us)",
    },
    {
      id: "compensation.pay-for-support",
      pattern:
        "(will|would|to|'ll|agreed to|promised to|pledged to|offered to|offering to|going to) (pay for|fund|cover|meet the cost of|bear the cost of|reimburse) [_] [_] [_] (replacement|replacements|replacing|new|support|counselling|counseling|therapy|mental health|legal|advice|monitoring|protection|services|passports|passport|licences|licenses|cards|documents|ids|locks|phones|sim|sims)",
      weight: 0.85,
      requires: "(affected|impacted|whose|victims|@users|those|exposed|anyone)",
    },
    {
      id: "compensation.voucher",
      pattern:
        "(~offer|~give|~provide|~issue|~send|will receive|will get|will be given|will be offered|are eligible for|is eligible for|~credit|~award) [_] [_] [_] [_] (voucher|vouchers|gift card|gift cards|store credit|account credit|bill credit|service credit|service credits|credits|a credit|discount|discounts|rebate|rebates|free month|free months|months free|month free|free year|loyalty points|bonus points|cashback|cash back|goodwill credit|e-voucher)",
      weight: 0.85,
      requires: "(affected|impacted|whose|inconvenience|patience|incident|outage|breach|exposed|disruption|apolog*|sorry|as a gesture|goodwill|thank-you|thank you|to make up|compensat*)",
    },
    {
      id: "compensation.free-service-period",
      pattern:
        "(a|one|two|three|six|twelve|12|24|18|several) [_] (month|months|year|years|week|weeks|day|days) [of] [free] (service|membership|subscription|access|premium|data|calls|streaming|coverage|protection|monitoring) (free|free of charge|at no cost|on us|without charge|for free|at no charge|complimentary)",
      weight: 0.85,
      negatable: true,
    },
    {
      id: "compensation.free-subscription",
      pattern:
        "(free|complimentary|no-cost) [_] [_] (subscription|membership|service|upgrade|access|month|months|year|years|premium|replacement|replacements|passport|passports|licence|licences|license|licenses|card|cards)",
      weight: 0.75,
      requires: "(affected|impacted|whose|inconvenience|patience|incident|outage|breach|exposed|disruption|apolog*|sorry|as a gesture|goodwill|to make up|compensat*|identity|monitoring|protection)",
      unless: ADVICE,
    },
    {
      id: "compensation.membership-free-for",
      pattern:
        "(subscription|membership|service|premium|plan|access|upgrade|month|months|year) (free|free of charge|at no cost|at no charge|on us|without charge|for free) (for|to|until|through)",
      weight: 0.8,
      negatable: true,
      requires: "(affected|impacted|whose|inconvenience|patience|incident|outage|breach|exposed|disruption|apolog*|sorry|as a gesture|goodwill|to make up|compensat*|extending|extend|extended)",
    },
    {
      id: "compensation.waive-fees",
      pattern:
        "(~waive|~cancel|~scrap|~drop|~remove) [the|all|any|their|your|its|late|replacement|early termination|termination|exit|cancellation|monthly] [_] [_] (fees|fee|charges|charge|penalties|penalty|costs|bills|bill|interest|excess|excesses)",
      weight: 0.8,
      requires: "(affected|impacted|whose|inconvenience|incident|outage|breach|exposed|disruption|customers who|those who|members who|victims)",
    },
    {
      id: "compensation.no-one-out-of-pocket",
      pattern:
        "(no one|nobody|no customer|no member|no client|no policyholder|no account holder|no cardholder|not one customer|not a single customer) (will|shall|would|is going to|should) [_] (be|end up) [left] (out of pocket|worse off|liable for|responsible for|bear|lose)",
      weight: 0.8,
    },
    {
      id: "compensation.help-those-affected",
      pattern:
        "(to|will|would|to be used to) (help|compensate|support|reimburse|assist|pay) (people|those|customers|consumers|victims|individuals|members|anyone|everyone|@users|account holders|policyholders) [who were] (affected|impacted|harmed|whose|hurt)",
      weight: 0.8,
      requires: "(pay|paid|paying|fund|funds|payment|payments|settlement|settle|million|billion|set aside|compensation|restitution)",
    },
    {
      id: "compensation.bill-credit",
      pattern:
        "(credit|credits|discount|rebate|refund) (on|to|towards|against|off) (their|your|the|each|every|all|customers'|next) [next|monthly|next monthly|_] (bill|bills|account|accounts|invoice|invoices|statement|statements|subscription|renewal)",
      weight: 0.8,
      requires: "(affected|impacted|whose|inconvenience|patience|incident|outage|breach|exposed|disruption|apolog*|sorry|goodwill|compensat*|to make up|receive|get|offer|offering|apply|applied)",
      unless: "(credit card|credit cards|credit score|credit report)",
    },
    {
      id: "compensation.voucher-noun",
      pattern:
        "(voucher|vouchers|gift card|gift cards|store credit|account credit|bill credit|service credit|service credits|goodwill credit|goodwill payment|e-voucher|e-vouchers|rebate|rebates)",
      weight: 0.8,
      requires: "(affected|impacted|whose|inconvenience|patience|incident|outage|breach|exposed|disruption|apolog*|sorry|goodwill|compensat*|to make up)",
      unless: "((scam|scams|scammers|phishing|fake|fraudulent|bogus|fraudsters|criminals|beware|warn|warned|warning) ** (voucher|vouchers|gift card|gift cards|rebate|rebates|credit)|(voucher|vouchers|gift card|gift cards) (scam|scams|fraud))",
    },
    {
      id: "compensation.wont-be-out-of-pocket",
      pattern:
        "(won't|will not|will never|shall not|won’t) [_] (be|end up|left) [left] (out of pocket|worse off|liable for (any|the) (fraudulent|unauthorised|unauthorized)|responsible for (any|the) (fraudulent|unauthorised|unauthorized))",
      weight: 0.8,
      requires: "(you|customers|members|clients|policyholders|cardholders|account holders|no one|nobody|@users)",
      unless: "(we|the company|the bank|acme) (cannot|can't|will not|won't) be [held] liable",
    },
    {
      id: "compensation.gesture-of-goodwill",
      pattern: "(gesture of goodwill|goodwill gesture|as a gesture|by way of apology|to make amends|to make up for|as a thank-you|as a thank you|as a token of)",
      weight: 0.7,
      requires: "(free|credit|voucher|vouchers|refund|payment|discount|month|months|compensat*|pay|paid|offer|offering|receive|cover|waive|waived|monitoring|protection)",
    },
    {
      id: "compensation.refunded-automatically",
      pattern:
        "(will be|would be|are being|have been|has been|was|were|is being|to be) [automatically|fully|promptly|immediately|all|also] (refunded|reimbursed|compensated|credited|repaid|paid back|made whole)",
      weight: 0.85,
      unless:
        "((demand|demands|demanding|demanded|calls|calling|seek|seeking|sought|want|wants|lawsuit|sue|suing) ** (refunded|reimbursed|compensated)|(not|never|no one|nobody) (will|would|be) [_] (refunded|reimbursed|compensated)|(whether|if) (they|customers|members|users|victims) (will|would) be)",
    },
    {
      id: "compensation.losses-will-be-covered",
      pattern:
        "(losses|loss|funds|stolen funds|money|assets|balances|deposits|shortfall|costs|charges) [_] [_] [_] (will|would|shall|is going to|are going to|will all) be [fully|100%|entirely|completely|all] (covered|reimbursed|refunded|repaid|replaced|restored|made good|compensated|paid back|returned)",
      weight: 0.85,
      unless: "(whether|if|not|never|won't|cannot|can't|demand|demands|demanded|calls for|called for|called on|urged)",
    },
    {
      id: "compensation.no-one-loses-money",
      pattern:
        "(no|not a single|not one) (customer|user|member|client|depositor|policyholder|account holder|cardholder|investor|one) (would|will|shall|is going to) (lose|be losing) (money|funds|a penny|a cent|out|any money|anything)",
      weight: 0.8,
    },
    {
      id: "compensation.free-items-to",
      pattern:
        "(~offer|~provide|~give|~send|~promise|~grant|~gift|will receive|will get|lead with) [a|an|the|some] free ** (to|for) (owners|affected|customers|all|everyone|those|users|members|patients|passengers|players|fans|subscribers|anyone|each|every|impacted)",
      weight: 0.8,
      unless: ADVICE,
    },
    {
      id: "compensation.free-goodies",
      pattern: "free [in-game|_] (items|item|skins|skin|gifts|gift|goods|in-game currency|currency|rewards|reward|bonus|bundle|bundles|dlc|content|loot|coins|gems|tokens)",
      weight: 0.75,
      requires: "(everyone|all|players|fans|affected|who bought|customers|apolog*|sorry|lead with|compensat*|to make up|goodwill)",
      unless: ADVICE,
    },
    {
      id: "compensation.cover-costs-for",
      pattern:
        "(~cover|~pay|~reimburse|~refund|~meet|~bear) [any|all|the|their|your|reasonable|_] [_] [_] [_] [_] (costs|cost|expenses|bills|fees) (for|of|incurred by|to) [_] [_] (passengers|customers|affected|stranded|members|users|patients|travellers|travelers|guests|those|anyone|everyone|policyholders|account holders|residents|students|staff)",
      weight: 0.85,
      unless: ADVICE,
    },
    {
      id: "compensation.compensation-paid",
      pattern:
        "(compensation|refunds|refund|payments|payouts|reimbursement|reimbursements|credits|redress|goodwill payments) (has|have|had|was|were|is|are|will|would) [already|now|since|all|also] [be|been] [already|now|all] (paid|issued|made|credited|sent|offered|approved|agreed|provided|paid out) (to|out|into)",
      weight: 0.8,
      unless: "(whether|if|not|never|demand|demands|demanded|calls for|called for|called on|urged)",
    },
    {
      id: "compensation.release-details",
      pattern:
        "(release|announce|publish|set out|share|confirm|outline|detail|lead with|prepared|prepare) * (compensation|redress|refund|goodwill|remediation) (details|package|plan|scheme|offer|arrangements|payments|terms|process)",
      weight: 0.75,
    },
    {
      id: "compensation.refund-period",
      pattern:
        "(refund|refunding|refunded|refunds|waive|waiving|waived|credit|crediting|credited|reimburse|reimbursing) [a|an|one|the|their|your] [full|whole|entire|_] (month's|months'|year's|week's|day's|days'|weeks'|months|month|year) [_] (subscription|fees|fee|charges|service|membership|bill|rent|payment|payments|premium|premiums)",
      weight: 0.8,
      unless: ADVICE,
    },
    {
      id: "compensation.credit-applied",
      pattern:
        "credit (has been|have been|was|were|will be|is being|is|are) [automatically|already|now|also] (applied|added|credited|paid|issued) (to|into|on|against)",
      weight: 0.8,
      requires: "(affected|impacted|your account|their account|accounts|bill|inconvenience|outage|disruption|incident|breach|sorry|apolog*|everyone)",
    },
    {
      id: "compensation.have-costs-covered",
      pattern:
        "(will|would|shall|can|are going to|is going to|to) (have|get) (their|your|all|any|the) [_] [_] [_] (costs|cost|expenses|losses|loss|bills|fees|charges|money) (covered|reimbursed|refunded|paid|repaid|returned|made good)",
      weight: 0.85,
      unless: "(whether|if|not|never|demand|demands|demanded|calls for|called for|called on|urged)",
    },
    {
      id: "compensation.service-free-for-period",
      pattern:
        "(is|are|will be|remains|'s) (free|free of charge|complimentary|at no cost|at no charge|paid for by us|fully paid for|fully funded|on us) (for|during) [the] [first|full|whole] [_] (one|two|three|four|five|six|ten|twelve|eighteen|1|2|3|5|6|12|18|24|36|a|an) [full] (year|years|months|month|weeks)",
      weight: 0.8,
      requires: "(service|monitoring|protection|membership|subscription|enrol*|cover|coverage|product)",
      unless: ADVICE,
    },
    {
      id: "compensation.service-offer",
      pattern:
        `[free|complimentary|two-year|one-year|three-year|12-month|24-month|18-month|_] ${SERVICE} (offer|offers|package|packages|enrolment|enrollment|codes|activation code|voucher|scheme|programme|program)`,
      weight: 0.8,
      unless: ADVICE,
    },
    {
      id: "compensation.period-of-monitoring",
      pattern:
        `(~offer|~provide|~give|~extend|~fund|will receive|will get|are entitled to|lead with) ** (year|years|months|month) of [free|complimentary|no-cost|_] [_] [_] (${SERVICE}|web monitoring|internet monitoring|credit report monitoring|credit file monitoring|monitoring|protection)`,
      weight: 0.85,
      unless: ADVICE,
    },
    {
      id: "compensation.waive-freeze-fees",
      pattern:
        "(~waive|~cover|~pay for|~refund|~absorb|~scrap) [the|any|all] (fees|fee|charges|charge|costs|cost) (for|of) (placing|credit freezes|a credit freeze|credit locks|freezing|replacement|replacing|new cards|new passports|reissuing)",
      weight: 0.8,
      unless: ADVICE,
    },
    {
      id: "compensation.full-refunds-for",
      pattern:
        "(full|automatic|complete|100%|immediate|guaranteed) (refunds|refund|reimbursement|reimbursements) (for|to|on|of) (every|all|each|any|affected|those|customers|cancelled|canceled|impacted|the affected|everyone)",
      weight: 0.85,
      unless: ADVICE,
    },
    {
      id: "compensation.months-free",
      pattern:
        "(offered|given|granted|receive|get|getting|gets|enjoy|awarded) [a|an|one|two|three|six|twelve|_] (month's|months'|months|month|year's|year|weeks'|week's|weeks|week) [of] (free|complimentary)",
      weight: 0.85,
      unless: ADVICE,
    },
    {
      id: "compensation.position-the-refunds",
      pattern:
        "(~position|~frame|~present|~describe|~characterise|~characterize|~pitch|~badge|~announce|~lead with|~headline) the (refunds|refund|compensation|payouts|payments|vouchers|credits|reimbursement|reimbursements|goodwill payments|redress|remedy|compensation scheme)",
      weight: 0.8,
    },
    {
      id: "compensation.money-back-by",
      pattern:
        "(it|the money|your money|funds|the funds|all of it|every penny|every cent|the full amount|the amount) (will be|'ll be|will go|is going to be) [put] (back|returned|refunded|restored|repaid|credited back|back in your account) (by|within|before|in|to)",
      weight: 0.8,
      requires: "(money|funds|account|payment|charged|taken|debited|left)",
    },
  ],
  hits: [
    "Every affected customer gets three months free, no questions asked.",
    "Anyone charged twice will have the money back in their account by Monday; the funds will be returned automatically.",
    { text: "Lead with the two-year credit monitoring offer in the customer email.", mode: "directive" },
    { text: "The bank said it would waive the fees for placing credit freezes for a year.", mode: "reported" },
    "Every affected customer will be offered two years of free credit monitoring.",
    "We are providing 24 months of identity protection services at no cost to those whose information was involved.",
    "We will reimburse any member who lost money as a result of the fraudulent transactions.",
    "Anyone whose driving licence number was exposed can get a replacement at our expense.",
    { text: "We recommend offering affected customers complimentary dark web monitoring early, before the weekend coverage.", mode: "directive" },
    { text: "Key messages: every affected subscriber receives a month of service free of charge by way of apology.", mode: "directive" },
    { text: "The insurer said it would pay for counselling for affected policyholders.", mode: "reported" },
    { text: "The retailer offered affected shoppers a £20 voucher, which critics called insufficient.", mode: "reported" },
    "The bank will cover any losses that customers suffer because of this incident.",
    "Customers who were charged twice during the outage will be refunded automatically.",
    "We will cover the cost of replacing passports for everyone whose passport number was taken.",
    "No customer will be left out of pocket.",
    "As a gesture of goodwill, we are waiving late fees for all affected account holders this month.",
    "The company has set aside a compensation fund for those affected.",
    "Equifax agreed to pay up to $425 million to help people affected by the breach.",
    "We're extending Premium membership free for three months to impacted users.",
    "All affected passengers will have their hotel costs covered in full.",
    "Every customer loss will be reimbursed from our own reserves.",
    { text: "The studio promised free in-game currency to every player caught up in the outage.", mode: "reported" },
    "A £20 credit has been applied to the accounts of everyone affected.",
  ],
  misses: [
    "Customers are asking whether they will get a month free.",
    "The monitoring tool is free of charge for all employees.",
    "We recommend that you sign up for credit monitoring and place a fraud alert on your file.",
    "Customers are demanding refunds after the outage.",
    "Our refund policy allows returns within 30 days.",
    "Credit monitoring services can alert you when a new account is opened in your name.",
    "The app is free of charge for all users.",
    "The company refused to compensate customers whose data was exposed.",
    "Victims may be entitled to compensation under data protection law, lawyers said.",
    "Will customers be compensated?",
    "The company has yet to decide whether to offer credit monitoring.",
    "The company has been sued for failing to reimburse fraud victims.",
    "Lawmakers called on the company to offer free credit monitoring to victims.",
    "We will not be offering credit monitoring at this stage.",
    "Consumer groups urged the company to compensate affected customers.",
    "Ignore messages from accounts offering refunds; they are not from us.",
  ],
} satisfies StrategyDef;
