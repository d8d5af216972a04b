"""Facts a copy writes another way, as desks, styles and translations do, through NER and the
whole story stage: each class unflagged when the fact is the same, still flagged when it is not."""

from __future__ import annotations

import pytest

from pipeline.normalize.durations import age_key, duration_key, frequency_key
from pipeline.normalize.initials import acronym_of
from pipeline.normalize.measures import same_measure
from pipeline.normalize.names import american_spelling, normalize_name
from tests.test_compare import assert_flags

SAME = {
    "clock time": [
        ("The fire broke out shortly after 3am.", "The fire broke out shortly after 3 a.m."),
        ("The earthquake struck at 14:46 local time.", "The earthquake struck at 2:46 pm local time."),
        (
            "Police said the shooting was at about 10.30pm on Friday.",
            "Police said the shooting was at around 10:30 pm on Friday.",
        ),
        ("Trading closed at 4.30pm.", "Trading closed at 4:30 p.m."),
        ("Police were called at 11.15pm on Saturday.", "Police were called at 23:15 on Saturday."),
    ],
    "age": [
        ("The 27-year-old striker scored in the second half.", "The striker, aged 27, scored in the second half."),
        ("The defendant, 34, was sentenced to eight years.", "The 34-year-old defendant was jailed for 8 years."),
        ("The victim, aged 71, died in hospital.", "The 71-year-old victim died in hospital."),
    ],
    "span of time in two units or with a half": [
        ("She finished the marathon in 2 hours 18 minutes.", "She completed the marathon in two hours and 18 minutes."),
        ("The flight was delayed by half an hour.", "The flight was delayed by 30 minutes."),
        ("The meeting lasted an hour and a half.", "The meeting lasted 90 minutes."),
        ("He was jailed for two and a half years.", "He was jailed for 30 months."),
    ],
    "metres or millions": [
        ("The building is 828 metres tall.", "The building is 828m tall."),
        ("The 100m final will be held on Sunday evening.", "The 100 metres final will be held on Sunday evening."),
        ("The storm left 1.2m homes without power.", "The storm left 1.2 million homes without power."),
    ],
    "British and American spelling": [
        ("The World Health Organization declared a pandemic.", "The World Health Organisation declared a pandemic."),
        (
            "Tourists visited Pearl Harbor and the Lincoln Center.",
            "Tourists visited Pearl Harbour and the Lincoln Centre.",
        ),
        (
            "The Ministry of Defence said the World Food Programme was ready.",
            "The Ministry of Defense said the World Food Program was ready.",
        ),
    ],
    "how often": [
        ("The bridge carries 160,000 vehicles a day.", "The bridge carries 160,000 vehicles daily."),
        ("The paper is published every week.", "The paper is published weekly."),
        ("The report is published annually.", "The report is published every year."),
    ],
    "a party without the word party": [
        ("The Labour Party won 412 of the 650 seats.", "Labour won 412 of the 650 seats."),
        ("The Likud Party won 30 seats.", "Likud won 30 seats."),
        ("The Democratic Party chose its candidate.", "The Democratic party chose its candidate."),
    ],
    "a share as so many in so many": [
        ("Three in 10 adults said they had no savings.", "Thirty per cent of adults said they had no savings."),
        ("About 1 in 5 children live in poverty.", "About 20% of children live in poverty."),
        ("Nine out of 10 doctors agreed.", "90% of doctors agreed."),
    ],
    "a date in digits read either way": [
        ("He was sentenced on 12/05/2019.", "He was sentenced on 12 May 2019."),
        ("He was sentenced on 12 May 2019.", "He was sentenced on 12/05/2019."),
        ("The deadline was 03/04/2021.", "The deadline was March 4, 2021."),
    ],
    "a half or quarter written short": [
        ("Sales fell in H1 2020.", "Sales fell in the first half of 2020."),
        ("Profits rose in H2 2019.", "Profits rose in the second half of 2019."),
        ("Profits rose in Q3 2021.", "Profits rose in the third quarter of 2021."),
    ],
    "thousands before a scale letter": [
        ("The deal was worth $2.5bn.", "The deal was worth $2,500m."),
        ("The club paid £1.2bn.", "The club paid £1,200m."),
        ("The bank lost €3,000m.", "The bank lost €3bn."),
    ],
    "a score in words": [
        ("Liverpool beat City 3-1 at Anfield.", "Liverpool defeated City by three goals to one at Anfield."),
        ("The motion was carried 52-48.", "The motion was carried by 52 votes to 48."),
        ("Djokovic won the final 3-0.", "Djokovic won the final by three sets to nil."),
    ],
    "a speed's unit in words": [
        ("Winds of up to 104mph hit the islands.", "Winds of as much as 104 miles per hour hit the islands."),
        ("The train reached 320km/h.", "The train reached 320 kilometres per hour."),
        ("The car was doing 90 mph.", "The car was doing 90 miles an hour."),
    ],
    "a day and a month before the word they qualify": [
        ("Parties met before the 22 October vote.", "Parties met before the October 22 vote."),
        ("Crowds gathered for the 3rd May rally.", "Crowds gathered for the May 3 rally."),
        ("Troops left before the 15 March deadline.", "Troops left before the March 15th deadline."),
    ],
    "seconds after a number, a spinner's `2nd` for them included": [
        ("Wash your hands for 20 seconds.", "Wash your hands for 20 2nd."),
        ("A 20-second video of the crash went viral.", "A 20-2nd video of the crash went viral."),
        ("The ad runs for 50 seconds.", "The ad runs for a 50-second slot."),
        ("Microwave the chocolate for 15-20 seconds, then stir.", "Microwave the chocolate for 15-20 2nd, then stir."),
        ("Microwave the chocolate for 15-20 second, then stir.", "Microwave it for 15-20\nsecond, then stir."),
        ("Hold the plank for 30 seconds at a time.", "Hold the plank for 30\nsecond at a time."),
    ],
    "undated words of time in a synonym": [
        ("Soak the beans in cold water overnight.", "Soak the beans in cold water nightlong."),
        ("The soldiers attacked at dawn on the third day.", "The soldiers attacked at daybreak on the third day."),
        ("The vote was held at dusk.", "The vote was held at nightfall."),
    ],
    "a period's middle in one word": [
        ("The festival is held in mid-summer.", "The festival is held in midsummer."),
        ("Prices dipped in mid-week trading.", "Prices dipped in midweek trading."),
        ("The bank expects a recovery by midyear.", "The bank expects a recovery by mid-year."),
    ],
    "a fact beside a table's or an image's bar": [
        ("| 8:00 PM | Goes to bed |\n| 9:00 AM | Walks out |", "| 8:00 PM | Goes to sleep |\n| 9:00 AM | Walks off |"),
        ("| Rate | 0.18% | 0.08% |", "| Rate | 0.18 per cent | 0.08 percent |"),
        (
            "Category:April 7, 2005 400px|In the above file illustration, a line.",
            "Category:7 April 2005 400px|In the above file illustration, a line.",
        ),
    ],
    "the nautical mile by its other names": [
        ("The aircraft can fly 8,870 nautical miles.", "The aircraft can fly 8,870 marine miles."),
        ("The ship sailed 300 nautical miles.", "The ship sailed 300 sea miles."),
        ("The zone reaches 200 nautical miles offshore.", "The zone reaches 200 nmi offshore."),
        ("The jet has a range of 8,870 nautical miles.", "The jet has a range of 8,870 maritime miles."),
    ],
    "two shares, each with its sign": [
        (
            "It implies growth of 28% and 50% on the year.",
            "It implies growth of 28 per cent and 50 per cent on the year.",
        ),
        ("Rates rose between 28% and 50% last year.", "Rates rose between 28 percent and 50 percent last year."),
        ("Unemployment was 5% or 6% in May.", "Unemployment was 5%-6% in May."),
    ],
    "a range of shares": [
        ("Turnout was 40 to 50 per cent.", "Turnout was 40-50%."),
        ("Rates could rise 2 to 3 percent.", "Rates could rise between 2 and 3 per cent."),
        ("Shares fell 5 to 6% on Monday.", "Shares fell 5-6 per cent on Monday."),
    ],
    "a clock time in words and in figures": [
        ("The meeting ended at around half past four.", "The meeting ended at roughly half past 4."),
        ("The alarm was raised at ten past nine at night.", "The alarm was raised at 21:10."),
        ("They left at a quarter to six in the evening.", "They left at 5.45pm."),
    ],
    "a unit of length, mass or volume in full": [
        ("Average rainfall is 600 millimetres a year.", "Average rainfall is 600mm per year."),
        ("The dose was halved to 2.5 milligrams.", "The dose was halved to 2.5mg."),
        ("Each bottle holds 330 millilitres.", "Each bottle holds 330ml."),
    ],
    "an upper bound written `as ... as`": [
        ("The trial will last up to eight weeks.", "The trial is expected to last as long as eight weeks."),
        ("Temperatures could reach up to 45C.", "Temperatures could reach as high as 45C."),
        ("Debris fell up to 20 km away.", "Debris fell as far as 20 km away."),
    ],
    "a ground or airport without the word": [
        ("City host Arsenal at the Etihad Stadium on 8 April.", "City will host Arsenal at the Etihad on 8 April."),
        ("The plane landed at Heathrow Airport.", "The plane landed at Heathrow."),
        ("The final is at Wembley Stadium.", "The final is at Wembley."),
    ],
    "a rank written short": [
        (
            "Detective Inspector Mark Dawson said 12,000 transactions were examined.",
            "Det. Insp. Mark Dawson said 12,000 transactions were examined.",
        ),
        ("Lieutenant Colonel John Smith led 40 soldiers.", "Lt. Col. John Smith led 40 soldiers."),
        ("Sergeant Mary Jones arrested 2 men.", "Sgt. Mary Jones arrested 2 men."),
    ],
    "a title that is an adjective before a dictionary word": [
        ("Liverpool top the Premier League.", "Liverpool lead the Premier League."),
        ("Premier Li Keqiang visited Berlin.", "Premier Li Keqiang went to Berlin."),
        ("The Premier Inn chain opened 20 hotels.", "The Premier Inn chain launched 20 hotels."),
    ],
    "a run of days in other words": [
        ("The index fell for a fourth straight day.", "The index fell for a 4th consecutive day."),
        ("The index fell for a third successive session.", "The index fell for a 3rd straight session."),
        ("Prices rose for a second straight month.", "Prices rose for a second consecutive month."),
    ],
    "an index's name in lower case, without the word index": [
        ("The Nasdaq Composite Index fell 2.6 percent.", "The Nasdaq composite fell 2.6 percent."),
        ("The Dow Jones Industrial Average lost 2 percent.", "The Dow Jones industrial average lost 2 percent."),
        ("The Nikkei 225 Index rose 1 percent.", "The Nikkei 225 rose 1 percent."),
    ],
    "translated back into English": [
        ("The company was founded in the 19th century.", "The company was founded in the XIX century."),
        ("Over 200 people were injured.", "More of 200 people were injured."),
        ("The fire started on Sunday morning.", "The fire started Sunday in the morning."),
    ],
    "a fraction the model calls an ordinal": [
        ("The glacier has shrunk by a fifth since 2000.", "The glacier has shrunk by 20 per cent since 2000."),
        ("Sales fell by a tenth last year.", "Sales fell by 10% last year."),
        ("A fifth of the staff left.", "20 per cent of the staff left."),
    ],
    "a decade in two digits or in words": [
        (
            "The patient, a man in his 40s, was treated in Leeds.",
            "The patient, a man in his forties, was treated in Leeds.",
        ),
        ("The song was a hit in the 80s.", "The song was a hit in the eighties."),
        ("The band formed in the '70s.", "The band formed in the 70s."),
    ],
    "a span of time with a scale": [
        ("The fossil is 66 million years old.", "The fossil is sixty-six million years old."),
        ("The rock formed 4.5 billion years ago.", "The rock formed four and a half billion years ago."),
        ("The tree is 2,000 years old.", "The tree is two thousand years old."),
    ],
    "one measure in two units": [
        ("The satellite weighs 1,500kg.", "The satellite weighs 1.5 tonnes."),
        ("The storm had winds of 104 mph.", "The storm had winds of 167 km/h."),
        ("The village is 5 miles from the border.", "The village is 8 km from the border."),
    ],
    "per cent written pc": [
        ("The tax rate is 19pc.", "The tax rate is 19 per cent."),
        ("Profits jumped 25pc to £4.1bn.", "Profits jumped 25% to £4.1 billion."),
        ("The index rose 0.5pc.", "The index rose 0.5 percent."),
    ],
    "a ratio of so many for so many": [
        (
            "The company announced a 1-for-10 reverse stock split.",
            "The company announced a one-for-ten reverse stock split.",
        ),
        ("The board approved a 2-for-1 stock split.", "The board approved a two-for-one stock split."),
        ("Shareholders get 3-for-2 shares.", "Shareholders get three-for-two shares."),
    ],
    "a fraction of a scale the model cut in two": [
        ("A quarter of a million people were displaced.", "250,000 people were displaced."),
        ("Half a billion dollars was spent.", "$500 million was spent."),
        ("Half a million people fled.", "500,000 people fled."),
    ],
    "a name the model tags in one version only, still written in the other": [
        ("Shares in Tesla fell 12% in early trading.", "Tesla shares fell 12 per cent in early trading."),
        ("Sales of the iPhone rose 5%.", "iPhone sales rose 5%."),
        ("Users of Twitter complained on Monday.", "Twitter users complained on Monday."),
        ("Downloads of TikTok rose 20%.", "TikTok downloads rose 20%."),
    ],
    "a year moved into an event's name": [
        ("The team won the 2022 FIFA World Cup.", "The team won the FIFA World Cup 2022."),
        ("Japan hosted the 2019 Rugby World Cup.", "Japan hosted the Rugby World Cup 2019."),
        ("The 2020 Tokyo Olympics were delayed.", "The Tokyo Olympics 2020 were delayed."),
        ("He competed at the 2012 London Olympics.", "He competed at the London Olympics 2012."),
    ],
    "initials with a number": [
        ("The G7 summit opened in Cornwall.", "The Group of Seven summit opened in Cornwall."),
        ("The G20 met in Rome.", "The Group of Twenty met in Rome."),
        ("The G77 issued a statement.", "The Group of 77 issued a statement."),
    ],
    "how many times in one word": [
        ("The striker scored twice in the second half.", "The striker scored two goals in the second half."),
        ("Prices rose twice last year.", "Prices rose two times last year."),
        ("The bank cut rates thrice in 2008.", "The bank cut rates three times in 2008."),
    ],
    "a country by another of its names": [
        ("The Netherlands won 2-0 in Rotterdam.", "Holland won 2-0 in Rotterdam."),
        ("Britain's economy grew 0.5%.", "The UK's economy grew 0.5%."),
        ("Exports to the United States fell 3%.", "Exports to America fell 3%."),
    ],
    "a chamber by its short name": [
        ("Labour won 412 of the 650 seats in the House of Commons.", "Labour won 412 of the 650 seats in the Commons."),
        ("The bill passed the House of Lords on Monday.", "The bill passed the Lords on Monday."),
        ("The bill passed the Commons on Monday.", "The bill passed the House of Commons on Monday."),
    ],
    "a temperature's scale in words": [
        (
            "The temperature reached 40C (104F) in Seville.",
            "The temperature hit 40 degrees Celsius (104 degrees Fahrenheit) in Seville.",
        ),
        ("Temperatures fell to minus 5 degrees Celsius overnight.", "Temperatures fell to -5C overnight."),
        ("Water boils at 212 degrees Fahrenheit.", "Water boils at 212F."),
    ],
    "a full date in a table's cell, day first or month first": [
        (
            "| Fleur Delacour | 24 November, 1994 | She put out the fire. |",
            "| Fleur Delacour | November 24, 1994 | She put out the fire. |",
        ),
        ("| Harry Potter | 2 June 1996 | Charms exam |", "| Harry Potter | June 2, 1996 | Charms exam |"),
        ("| Opening | 5th March 2003 | London |", "| Opening | March 5, 2003 | London |"),
    ],
    "a line of one dotted word, after a reworded sentence": [
        (
            "He will give more information in due course.\nBVINEWS.COM\nStatement from the Office of the Governor",
            "He will give more entropy in due class.\nBVINEWS.COM\nStatement from the Office of the Governor",
        ),
        (
            "The branch is named after its year and month.\n20.10\nAll patch releases come from that branch.",
            "The arm is named after its year and month.\n20.10\nAll patch releases come from that arm.",
        ),
        (
            "Read the full story at our partner site.\nReuters.com\nMore news follows below.",
            "Read the entire story at our partner website.\nReuters.com\nMore news follows below.",
        ),
    ],
    "a person the model leaves untagged behind a title without its full stop": [
        (
            "“It makes for a compelling story” if you have blackouts because of a lack of power plants, "
            "Mr. Powers said.",
            "“It makes for a compelling story” if you have blackouts because of a deficiency of power plants, "
            "Mr Powers aforesaid.",
        ),
        ("“It is too early,” Ms. Reyes said of the plan.", "“It is too early,” Ms Reyes aforesaid of the plan."),
        (
            "“It is far too early to say,” Dr. Lindqvist said of the plan.",
            "“It is far too early to say,” Dr Lindqvist aforesaid of the plan.",
        ),
    ],
    "a span of clock times": [
        ("The shop opens from 9am to 5pm.", "The shop opens 9 a.m.-5 p.m."),
        ("Polls are open from 7 a.m. to 9 p.m. on Tuesday.", "Polls are open from 7am to 9pm on Tuesday."),
        ("The talk runs from 9 to 11 a.m. on Monday.", "The talk runs from 9am to 11am on Monday."),
        ("Voting runs between 12 and 8 p.m.", "Voting runs from noon to 8 pm."),  # the model: a date
    ],
    "a clock time with its day": [
        ("The vote is Monday 10 a.m. in Leeds.", "The vote is Monday at 10 a.m. in Leeds."),
        ("The vote is at 10 a.m. on Monday in Leeds.", "The vote is on Monday at 10 a.m. in Leeds."),
        ("Voting closes at 9 p.m. on Tuesday.", "Voting closes on Tuesday at 9 p.m."),
    ],
    "a run of days in one month": [
        ("The talks ran from 1 to 24 November 1994 in Paris.", "The talks ran from November 1 to 24, 1994 in Paris."),
        ("The festival runs 3-5 June 2022 in Leeds.", "The festival runs June 3-5, 2022 in Leeds."),
        ("The summit is held 10-12 July 2023 in Vilnius.", "The summit is held July 10 to 12, 2023 in Vilnius."),
    ],
    "money with its currency's name": [
        ("The project cost 3.2m euros.", "The project cost €3.2 million."),  # the model: a number, `3.2m`
        ("The club paid 40m pounds for him.", "The club paid £40m for him."),
        ("He was paid 40m US dollars.", "He was paid $40m."),
        ("The fine was 2bn yen.", "The fine was ¥2bn."),
    ],
    "a currency named by its nation": [
        ("He paid 500 Hong Kong dollars for it.", "He paid HK$500 for it."),  # no place lost
        ("The deal was worth 3 million Australian dollars.", "The deal was worth A$3m."),
        ("The fee is 200 Canadian dollars.", "The fee is C$200."),
    ],
    "a rate's move in fractions of a point": [
        ("The Fed cut rates by a quarter point.", "The Fed cut rates by 25 basis points."),  # the model: `quarter`
        ("The bank made a half-point cut.", "The bank made a 50 basis point cut."),
        ("Rates rose half a percentage point.", "Rates rose 0.5 percentage points."),
        ("Yields rose by three-quarters of a percentage point.", "Yields rose by 75 basis points."),
    ],
    "a place or its people, the words put in another order": [
        ("The French president met the Italian premier.", "The president of France met the premier of Italy."),
        ("The German chancellor spoke first.", "The chancellor of Germany spoke first."),
        ("The minister of Japan arrived.", "The Japanese minister arrived."),
    ],
    "numbers as the continent writes them": [
        ("The company employs 1,200 people.", "The company employs 1.200 people."),  # alone: 1.2
        ("About 2,500 people marched in Lisbon.", "About 2.500 people marched in Lisbon."),
        ("The plant built 3,750 cars in May.", "The plant built 3.750 cars in May."),
    ],
    "a range the model cuts after its connector": [
        ("The plants need about three to four hours of sun.", "The plants need about 3 to 4 hours of sun."),
        ("Allow about ten to twelve days for delivery.", "Allow about 10 to 12 days for delivery."),
        ("We walked about two or three miles.", "We walked about 2 or 3 miles."),
    ],
    "a unit of time written short": [
        ("He ran the 100m in 9.58 seconds.", "He ran the 100 metres in 9.58 sec."),  # had been 09:58
        ("The wait was 45 minutes.", "The wait was 45 mins."),
        ("The flight takes 2 hours.", "The flight takes 2 hrs."),
        ("The repairs took 3 months.", "The repairs took 3 mths."),  # one table of units written short
    ],
    "a 24-hour time as the wires and the police write it": [
        ("The race starts at 3 p.m. local time (1400 GMT).", "The race starts at 3pm local time (14:00 GMT)."),
        ("Police were called at 0800 hours.", "Police were called at 8 a.m."),  # had been 800 hours
        ("Markets closed at 2100 GMT on Friday.", "Markets closed at 21:00 GMT on Friday."),
    ],
    "a company's name less its legal form or web suffix": [
        ("Shares of Tesla Inc. fell 3%.", "Tesla shares fell 3 percent."),  # `Tesla` untagged there
        ("Amazon.com Inc. opened a warehouse in Ohio.", "Amazon opened a warehouse in Ohio."),
        ("Overstock.com said sales rose.", "Overstock said sales rose."),
    ],
    "a name written out where a synonym of the next word stands": [
        ("The ECB held its deposit rate at 4%.", "The European Central Bank kept its deposit rate at 4 percent."),
        ("The IMF cut its forecast.", "The International Monetary Fund lowered its forecast."),
        ("The WHO said cases rose.", "The World Health Organization stated cases rose."),
    ],
    "a part of the year the model reads as a number": [
        ("Q3 revenue rose 8%.", "Third-quarter revenue rose 8%."),
        ("The firm reported H1 profit of $2m.", "The firm reported first-half profit of $2m."),
        ("The company expects full-year 2024 sales of $50bn.", "The company expects 2024 sales of $50 billion."),
    ],
    "a code of letters and a number": [
        ("Cases of COVID-19 rose.", "Cases of Covid-19 rose."),
        ("PM2.5 levels were high in Delhi.", "PM 2.5 levels were high in Delhi."),
        ("The F-35 jets landed.", "The F35 jets landed."),
    ],
    "a party by its nickname or its members": [
        ("Labour won 412 seats, the Tories 121.", "Labour won 412 seats and the Conservatives 121."),
        ("The GOP won the House.", "The Republicans won the House."),
        ("The Democrats won the Senate.", "The Democratic Party won the Senate."),
    ],
    "a tally the model reads as two numbers": [
        ("The measure passed 218-212 in the House.", "The measure passed the House 218 to 212."),
        ("The bill cleared the Senate 51-49 on Friday.", "On Friday the bill cleared the Senate 51 to 49."),
        ("The amendment failed 198-230 in the House.", "The amendment failed in the House 198 to 230."),
    ],
    "a qualifier in other words": [
        ("The storm killed at least 12 people.", "The storm killed a minimum of 12 people."),
        ("Up to 40 people can attend.", "A maximum of 40 people can attend."),
        ("Roughly 400 staff work there.", "Approximately 400 staff work there."),
    ],
    "a weight in pounds": [
        ("The baby weighed 8 pounds.", "The baby weighed 8lb."),  # no money
        ("The catch weighed 30 pounds.", "The catch weighed 30 lbs."),
        ("He lost 20 pounds in a month.", "He lost 20lb in a month."),
    ],
}

CHANGED = [
    ("The earthquake struck at 14:46 local time.", "The earthquake struck at 3:46 pm local time.", "14:46"),
    ("The rally began at 9pm.", "The rally began at 8 p.m.", "9pm"),
    ("Trading closed at 4.30pm.", "Trading closed at 4:35 p.m.", "4.30pm"),
    ("The victim, aged 71, died in hospital.", "The 17-year-old victim died in hospital.", "71"),
    ("The flight was delayed by half an hour.", "The flight was delayed by 40 minutes.", "half an hour"),
    ("The tower is 300 metres tall.", "The tower is 330m tall.", "300 metres"),
    (
        "The World Health Organization declared a pandemic.",
        "The World Wealth Organisation declared a pandemic.",
        "World Health Organization",
    ),
    ("The paper is published daily.", "The paper is published weekly.", "daily"),
    ("The Labour Party won 412 seats.", "The Liberal Party won 412 seats.", "Labour Party"),
    ("The Labour Party won 412 seats.", "The Labour Festivity won 412 seats.", "Labour Party"),
    ("The temperature reached 40C in Seville.", "The temperature hit 42 degrees Celsius in Seville.", "40C"),
    ("Three in 10 adults said they had no savings.", "Four in 10 adults said they had no savings.", "Three in 10"),
    ("About 1 in 5 children live in poverty.", "About 25% of children live in poverty.", "About 1 in 5"),
    ("He was sentenced on 12/05/2019.", "He was sentenced on 13 May 2019.", "12/05/2019"),
    ("Sales fell in H1 2020.", "Sales fell in the second half of 2020.", "H1 2020"),
    ("The deal was worth $2.5bn.", "The deal was worth $2,600m.", "$2.5bn"),
    ("Liverpool beat City 3-1 at Anfield.", "Liverpool defeated City by three goals to two at Anfield.", "3-1"),
    ("Winds of up to 104mph hit the islands.", "Winds of up to 140 miles per hour hit the islands.", "104mph"),
    ("Average rainfall is 600 millimetres a year.", "Average rainfall is 600cm per year.", "600 millimetres"),
    ("The alarm was raised at ten past nine.", "The alarm was raised at twenty past nine.", "ten past nine"),
    ("They left at a quarter to six.", "They left at a quarter past six.", "a quarter to six"),
    ("The trip takes five to six hours.", "The trip takes five to seven hours.", "five to six hours"),  # a range
    (
        "The fire burned 4,000 hectares.",
        "The fire burned 4,000 acres.",
        "4,000 hectares",
    ),  # the model leaves `hectares` off
    ("The trial will last up to eight weeks.", "The trial will last as little as eight weeks.", "up to eight weeks"),
    ("The final is at Wembley Stadium.", "The final is at Wembley Arena.", "Wembley Stadium"),
    ("Liverpool top the Premier League.", "Liverpool top the Chancellor League.", "Premier League"),
    (
        "The index fell for a fourth straight day.",
        "The index fell for a fifth consecutive day.",
        "a fourth straight day",
    ),
    ("The Nasdaq Composite Index fell 2.6 percent.", "The Nasdaq complex fell 2.6 percent.", "Nasdaq Composite Index"),
    ("Lieutenant Colonel John Smith led 40 soldiers.", "Lt. Col. John Smyth led 40 soldiers.", "John Smith"),
    ("The company was founded in the 19th century.", "The company was founded in the XVIII century.", "19th century"),
    ("The fire started on Sunday morning.", "The fire started Sunday in the evening.", "Sunday morning"),
    ("Sales fell by a fifth.", "Sales fell by 25 per cent.", "a fifth"),
    ("The song was a hit in the 80s.", "The song was a hit in the nineties.", "80s"),
    ("The village is 5 miles from the border.", "The village is 5 km from the border.", "5 miles"),
    ("The village is 2 km from the border.", "The village is 1 mile from the border.", "2 km"),
    ("The tax rate is 19pc.", "The tax rate is 21 per cent.", "19pc"),
    ("A quarter of a million people were displaced.", "350,000 people were displaced.", "A quarter of a million"),
    (
        "About a third of a billion dollars was spent.",
        "About $350 million was spent.",
        "About a third of a billion dollars",
    ),
    ("About 300 people came.", "About 310 people came.", "About 300"),
    ("Shares in Tesla fell 12% in early trading.", "Shares fell 12 per cent in early trading.", "Tesla"),
    ("Sales of the iPhone rose 5%.", "Sales of the iPad rose 5%.", "iPhone"),
    ("The team won the 2022 FIFA World Cup.", "The team won the FIFA World Cup 2018.", "2022"),
    ("The G7 summit opened in Cornwall.", "The Group of Eight summit opened in Cornwall.", "G7"),
    ("The Netherlands won 2-0 in Rotterdam.", "Belgium won 2-0 in Rotterdam.", "Netherlands"),
    ("The bill passed the House of Commons on Monday.", "The bill passed the Lords on Monday.", "House of Commons"),
    ("The striker scored twice in the second half.", "The striker scored three goals in the second half.", "twice"),
    ("The board approved a 2-for-1 stock split.", "The board approved a three-for-one stock split.", "2-for-1"),
    ("| Harry Potter | 2 June 1996 | Charms exam |", "| Harry Potter | June 12, 1996 | Charms exam |", "2 June 1996"),
    ("The festival runs 3-5 June 2022 in Leeds.", "The festival runs June 3-6, 2022 in Leeds.", "3-5 June 2022"),
    (
        "Hours will be extended from 10 a.m. to 9 p.m. on voting days.",
        "Hours will be extended from 10 a.m. to 10 p.m. on voting days.",
        "10 a.m. to 9 p.m.",
    ),
    ("The shop opens from 9am to 5pm.", "The shop opens 9 a.m.-6 p.m.", "9am to 5pm"),
    ("Voting runs between 12 and 8 p.m.", "Voting runs from noon to 9 pm.", "between 12 and 8 p.m."),
    ("The meeting is on Monday 10 a.m. in Leeds.", "The meeting is on Tuesday 10 a.m. in Leeds.", "Monday 10 a.m."),
    ("The talk runs from 9 to 11 a.m. on Monday.", "The talk runs from 9 to 10 a.m. on Monday.", "9 to 11 a.m."),
    ("“It is too early,” Ms. Reyes said of the plan.", "“It is too early,” Ms Rayes aforesaid of the plan.", "Reyes"),
    ("The project cost 3.2m euros.", "The project cost €3.5 million.", "3.2m euros"),
    ("The firm paid 5m francs.", "The firm paid 5m euros.", "5m francs"),
    ("He paid 500 Hong Kong dollars for it.", "He paid S$500 for it.", "500 Hong Kong dollars"),
    ("The baby weighed 8 pounds.", "The baby weighed 9lb.", "8 pounds"),
    ("The club paid 40m pounds for him.", "The club paid 40m euros for him.", "40m pounds"),
    ("The Fed cut rates by a quarter point.", "The Fed cut rates by half a point.", "quarter point"),
    ("The bank made a half-point cut.", "The bank made a 75 basis point cut.", "half-point"),
    ("The French president met the premier.", "The president of Spain met the premier.", "French"),
    ("The storm killed at least 12 people.", "The storm killed a maximum of 12 people.", "at least 12"),
    ("The company employs 1,200 people.", "The company employs 1.300 people.", "1,200"),
    (
        "He recommends an area that gets about five to six hours of sun.",
        "He recommends an area that gets about five to 16 hours of sun.",
        "about five to six hours",
    ),  # the model had tagged `about five to`, and the change lay outside it
    (
        "Allow about ten to twelve days for delivery.",
        "Allow about ten to fifteen days for delivery.",
        "about ten to twelve days",
    ),
    ("We walked about two or three miles.", "We walked about two or four miles.", "about two or three miles"),
    ("The talks begin at 1400 GMT on Monday.", "The talks begin at 1500 GMT on Monday.", "1400 GMT"),
    ("He ran the 100m in 9.58 seconds.", "He ran the 100m in 9.68 sec.", "9.58 seconds"),
    ("Police were called at 0800 hours.", "Police were called at 9 a.m.", "0800 hours"),
    ("Q3 revenue rose 8%.", "Second-quarter revenue rose 8%.", "Q3"),
    ("Amazon.com Inc. opened a warehouse.", "Amazing opened a warehouse.", "Amazon.com Inc."),
    (
        "The company expects full-year 2024 sales of $50bn.",
        "The company expects 2025 sales of $50 billion.",
        "full-year 2024",
    ),
    ("Shares of Tesla Inc. fell 3%.", "Ford shares fell 3 percent.", "Tesla Inc."),
    ("Cases of COVID-19 rose.", "Cases of COVID-20 rose.", "COVID-19"),  # had been untagged
    ("H1N1 spread fast in May.", "B1N1 spread fast in May.", "H1N1"),  # had been `1 n1` both
    ("The Tories won 121 seats.", "The Liberals won 121 seats.", "Tories"),
    ("The measure passed 218-212 in the House.", "The measure passed the House 218 to 211.", "218-212"),
    ("PM2.5 levels were high in Delhi.", "PM10 levels were high in Delhi.", "PM2.5"),
    ("Growth was 2.3% in May.", "Growth was 3,2% in May.", "2.3%"),
    ("Parties met before the 22 October vote.", "Parties met before the 23 October vote.", "22 October"),
    ("Crowds gathered for the 3rd May rally.", "Crowds gathered for the 3rd March rally.", "3rd May"),
    ("A 20-second video of the crash went viral.", "A 30-2nd video of the crash went viral.", "20-second"),
    ("The festival is held in mid-summer.", "The festival is held in midwinter.", "mid-summer"),
    ("| Rate | 0.18% | 0.08% |", "| Rate | 0.18% | 0.09% |", "0.08%"),
    # a share after a qualified count: `about` is the count's, not the share's
    (
        "The job cuts would be about 5,000, or 9% of the work force.",
        "The job cuts would be about 5,000, or 10% of the work force.",
        "9%",
    ),
    ("Sales fell by around $2m, or 12 per cent.", "Sales fell by around $2m, or 15 per cent.", "12 per cent"),
    ("Nearly 300, or 40%, of the staff left.", "Nearly 300, or 45%, of the staff left.", "40%"),
    ("The ship sailed 300 nautical miles.", "The ship sailed 300 miles.", "300 nautical miles"),
    # the second of two shares, each with its sign, was read as nothing: only the first was the value
    ("It implies growth of 28% and 50% on the year.", "It implies growth of 28% and 51% on the year.", "28% and 50%"),
    ("Rates rose between 28% and 50% last year.", "Rates rose between 28% and 55% last year.", "between 28% and 50%"),
    ("Unemployment was 5% or 6% in May.", "Unemployment was 5% or 7% in May.", "5% or 6%"),
    ("Turnout was 40 to 50 per cent.", "Turnout was 40 to 55 per cent.", "40 to 50 per cent"),
    ("Rates could rise 2 to 3 percent.", "Rates could rise 2 to 4 percent.", "2 to 3 percent"),
    ("The vote was held at dusk.", "The vote was held at dawn.", "dusk"),  # words of time, no synonyms
    ("Soak the beans in cold water overnight.", "Soak the beans in cold water for a week.", "overnight"),
]


@pytest.mark.parametrize(
    ("reference", "compared"),
    [pytest.param(*pair, id=f"{kind}-{n}") for kind, pairs in SAME.items() for n, pair in enumerate(pairs)],
)
def test_the_same_fact_in_another_style_is_not_flagged(reference: str, compared: str) -> None:
    assert_flags(reference, compared, None)


@pytest.mark.parametrize(("reference", "compared", "flagged"), CHANGED)
def test_a_changed_fact_in_another_style_is_still_flagged(reference: str, compared: str, flagged: str) -> None:
    assert_flags(reference, compared, flagged)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2 hours 18 minutes", "138 minutes"),
        ("two hours and 18 minutes", "138 minutes"),
        ("half an hour", "30 minutes"),
        ("an hour and a half", "90 minutes"),
        ("one and a half hours", "90 minutes"),
        ("1.5 years", "18 months"),
        ("half a day", "12 hours"),
        ("about three months", "~3 months"),
        ("a decade", "10 years"),
        ("27-year-old", "27 years"),
        ("1 week and 2 days", "9 days"),
        ("a month and 3 days", None),  # no month has a set number of days: no one value (it had raised)
        ("the year", None),
        ("in half", None),
    ],
)
def test_a_span_of_time_has_one_value_however_written(text: str, key: str | None) -> None:
    assert duration_key(text) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [("aged 27", "27 years"), ("34", "34 years"), ("age 104", "104 years"), ("1999", None), ("0", None)],
)
def test_an_age_the_model_calls_a_date_is_a_span_of_years_and_a_year_is_not(text: str, key: str | None) -> None:
    assert age_key(text) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("daily", "per day"),
        ("every week", "per week"),
        ("each year", "per year"),
        ("annually", "per year"),
        ("a day", None),
    ],
)
def test_how_often_has_one_value_however_written(text: str, key: str | None) -> None:
    assert frequency_key(text) == key


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("World Health Organisation", "World Health Organization"),
        ("Lincoln Centre", "Lincoln Center"),
        ("Pearl Harbour", "Pearl Harbor"),
        ("Ministry of Defence", "Ministry of Defense"),
        ("World Food Programme", "World Food Program"),
        ("Royal Armoured Corps", "Royal Armored Corps"),
        # words that only look British stay as they are
        ("Paradise Island", "Paradise Island"),
        ("Tour de France", "Tour de France"),
        ("Seymour Hersh", "Seymour Hersh"),
        ("Our Lady of Lourdes", "Our Lady of Lourdes"),
    ],
)
def test_a_name_in_british_spelling_has_its_american_spelling(british: str, american: str) -> None:
    assert american_spelling(british) == american


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("1500 kg", "1.5 t", True),
        ("104 mph", "167 km/h", True),
        ("40 °C", "104 °F", True),
        ("-5 °C", "23 °F", True),
        ("100 mi", "160 km", True),  # rounded to two figures
        ("40 °C", "40 °F", False),
        ("2 km", "1 mi", False),  # no rounding of 1.24
        ("100 mi", "170 km", False),
        ("270 t", "270 kg", False),
        ("~300 m", "300 ft", False),
    ],
)
def test_a_measure_converted_to_another_unit_is_the_same_measure(left: str, right: str, same: bool) -> None:
    assert same_measure(left, right) is same


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Group of Seven", "G7"),
        ("Group of Twenty", "G20"),
        ("Group of 77", "G77"),
        ("International Criminal Court", "ICC"),
        ("First National Bank", "FNB"),  # an ordinal is a word
        ("One Laptop per Child", "OLPC"),  # and so is one
    ],
)
def test_a_number_in_a_name_counts_whole_in_its_initials(name: str, initials: str) -> None:
    assert acronym_of(name) == initials


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Mich.", "Michigan"),
        ("N.Y", "New York"),  # a sentence's full stop taken off
        ("W.Va.", "West Virginia"),
        # a state's abbreviation less its last letter names no state (they had been aliases)
        ("Ten", "Ten"),
        ("Col", "Col"),
        ("M", "M"),
    ],
)
def test_a_state_as_ap_writes_it_is_the_state_and_nothing_shorter_is(written: str, name: str) -> None:
    assert normalize_name(written) == name
