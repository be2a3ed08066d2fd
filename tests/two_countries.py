"""One catalogue for two other countries (India, Japan), written for the engine's tests: no code knows the
parties, their countries, offices or blocs. tests/conftest.py loads it as the `two_countries` fixture."""

CATALOGUE = '''
[parties]
india = ["India", "Indian", "New Delhi"]
japan = ["Japan", "Japanese", "Tokyo"]

[context]
blocs = ["Quad"]
referents = ["pact"]
routine = ["talks", "meeting", "visit", "phone call"]
officials = ["minister", "ministry", "government", "spokesman", "embassy", "general"]
developments = ["India and Japan signed a new agreement to cooperate.",
                "Japan delivered new equipment to India.",
                "India and Japan launched a joint project."]

[[claims]]
id = "rail-pact"
question = "Have India and Japan concluded their high-speed rail agreement?"
type = "status"
ordered = true
acting = "signed"
parties = ["india", "japan"]
topic = ["high-speed rail agreement", "rail pact"]
others = ["preliminary"]
  [[claims.states]]
  value = "draft"
  cues = ["draft"]
  describe = ["The rail agreement is still a draft."]
  [[claims.states]]
  value = "signed"
  cues = ["signed", "signs"]
  describe = ["India and Japan signed the rail agreement."]
  [[claims.states]]
  value = "in force"
  cues = ["entered into force", "in force"]
  describe = ["The rail agreement entered into force."]

[[claims]]
id = "india-apec"
question = "What is India's status in the Asia-Pacific Economic Cooperation forum?"
type = "status"
ordered = true
parties = ["india"]
topic = ["APEC", "Asia-Pacific Economic Cooperation"]
  [[claims.states]]
  value = "observer"
  cues = ["observer", "observer status"]
  describe = ["India is an APEC observer."]
  [[claims.states]]
  value = "full member"
  cues = ["full member", "admitted", "joined", "member state"]
  describe = ["India became a full member of APEC."]

[[claims]]
id = "tank-delivery"
question = "Has India received Type-10 tanks from Japan?"
type = "event"
ordered = true
parties = ["india"]
topic = ["Type-10", "Type 10 tank"]
  [[claims.states]]
  value = "not delivered"
  cues = ["not yet received", "awaiting delivery"]
  describe = ["India has not received any Type-10 tanks yet."]
  [[claims.states]]
  value = "delivered"
  negative = "not delivered"
  cues = ["received", "delivered", "took delivery", "supplied"]
  describe = ["India took delivery of its first Type-10 tanks."]

[[claims]]
id = "trade-change"
question = "By how much did India–Japan trade rise or fall in a year?"
type = "quantity"
change = true
measure = "percent"
unit = "percent"
period = "year"
parties = ["india", "japan"]
topic = ["trade"]
cues = ["trade"]

[[claims]]
id = "japan-prime-minister"
question = "Who is Japan's prime minister?"
type = "person"
parties = ["japan"]
topic = ["prime minister"]
titles = ["Japanese Prime Minister", "Japan's Prime Minister"]

[[claims]]
id = "bilateral-trade"
question = "What is the annual trade between India and Japan?"
type = "quantity"
measure = "money"
unit = "USD"
period = "year"
parties = ["india", "japan"]
topic = ["trade"]
cues = ["trade"]
'''
