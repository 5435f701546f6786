/**
 * Named word lists shared by the strategies' patterns (`@name`). Each entry is itself a
 * pattern, compiled once with the codebook. A user codebook may add entries or replace them.
 */
export const lexicon: Record<string, string> = {
  we: "we | our | us | the company | this company",
  peers: "~platform | ~company | companies | ~service | ~provider | ~organisation | ~organization | ~firm | ~business | ~website | ~site | ~app | ~player | ~network | ~operator | ~retailer | ~bank | ~institution | ~organisation | ~brand",
  industry: "industry | sector | tech industry | technology industry | ecosystem | internet | web | marketplace | field",
  problem: "~problem | ~issue | ~challenge | ~threat | ~phenomenon | ~trend | ~risk | ~concern | ~reality | ~difficulty",
  incident: "~incident | ~breach | ~leak | ~attack | ~issue | ~problem | ~event | ~vulnerability | ~bug | ~flaw | scraping | ~exposure | ~intrusion | ~hack | ~compromise | ~outage | ~matter | ~situation",
  data: "~data | data set | data sets | ~dataset | information | ~record | ~detail | ~profile | ~credential | ~file | ~database",
  users: "~user | ~customer | ~member | people | ~person | ~client | ~patient | ~subscriber | ~consumer | account holders | ~individual | ~policyholder | ~employee",
  attackers: "~attacker | ~hacker | ~criminal | cybercriminal* | ~fraudster | ~scammer | bad ~actor | malicious ~actor | threat ~actor | ~thief | thieves | ~adversary | ~gang | ~perpetrator",
};
