/// Word lists for `SyntheticCatalog`: enough variety that text searches behave as on real briefing data (common
/// words everywhere, names and pinyin rare), with Chinese names, their pinyin, and some accented Latin names.
public enum SyntheticVocabulary {
    /// Chinese syllables used in company names, with their toneless pinyin.
    public static let syllables: [(hanzi: String, pinyin: String)] = [
        ("京", "jing"), ("东", "dong"), ("百", "bai"), ("度", "du"), ("阿", "a"), ("里", "li"), ("网", "wang"),
        ("易", "yi"), ("腾", "teng"), ("讯", "xun"), ("华", "hua"), ("为", "wei"), ("天", "tian"), ("智", "zhi"),
        ("云", "yun"), ("商", "shang"), ("汤", "tang"), ("科", "ke"), ("大", "da"), ("飞", "fei"), ("字", "zi"),
        ("节", "jie"), ("跳", "tiao"), ("动", "dong"), ("小", "xiao"), ("米", "mi"), ("美", "mei"), ("团", "tuan"),
        ("快", "kuai"), ("手", "shou"), ("新", "xin"), ("浪", "lang"), ("搜", "sou"), ("狐", "hu"), ("数", "shu"),
        ("据", "ju"), ("金", "jin"), ("融", "rong"), ("平", "ping"), ("安", "an"), ("中", "zhong"), ("国", "guo"),
        ("海", "hai"), ("光", "guang"), ("明", "ming"), ("星", "xing"), ("火", "huo"), ("山", "shan"), ("深", "shen"),
        ("求", "qiu"), ("索", "suo"), ("月", "yue"), ("之", "zhi"), ("面", "mian"), ("零", "ling"), ("一", "yi"),
        ("万", "wan"), ("物", "wu"), ("元", "yuan"), ("宇", "yu"), ("宙", "zhou"), ("灵", "ling"), ("犀", "xi"),
        ("昆", "kun"), ("仑", "lun"), ("盘", "pan"), ("古", "gu"), ("思", "si"), ("维", "wei"), ("鹰", "ying"),
    ]

    /// The second word of a company's English name ("Jingdong Cloud").
    public static let companySuffixes = [
        "Technology", "Cloud", "AI", "Holdings", "Group", "Intelligence", "Labs", "Networks", "Digital", "Finance",
        "Robotics", "Semiconductor", "Health", "Media", "Software",
    ]
    /// Endings for Chinese company names; `SyntheticCatalog` does not use them.
    public static let chineseSuffixes = ["科技", "云", "智能", "集团", "网络", "数字", "金融", "软件"]

    /// Sectors of organisations and products, and the industries summaries and regulations mention.
    public static let sectors = [
        "finance", "e-commerce", "cloud computing", "education", "search", "healthcare", "automotive", "gaming",
        "logistics", "social media", "artificial intelligence", "semiconductors", "manufacturing", "retail", "media",
        "telecommunications", "insurance", "energy",
    ]

    /// Cities: where organisations are based, and in statistics' subjects and attributions and regulations' titles.
    public static let cities = [
        "Beijing", "Shanghai", "Shenzhen", "Hangzhou", "Guangzhou", "Chengdu", "Wuhan", "Nanjing", "Suzhou",
        "Hefei", "Xi'an", "Tianjin", "Chongqing", "Xiamen",
    ]

    /// What organisations, products, rules and events are about, in summaries and evidence.
    public static let topics = [
        "large language models", "chatbots", "image generation", "speech recognition", "recommendation algorithms",
        "autonomous driving", "AI chips", "computer vision", "machine translation", "code generation",
        "customer service automation", "digital humans", "protein folding", "weather forecasting", "smart cities",
    ]

    /// The second word of a product's name ("Jingdong Chat").
    public static let productWords = [
        "Chat", "Brain", "Copilot", "Vision", "Voice", "Writer", "Lens", "Agent", "Studio", "Mind", "Bot", "Engine",
    ]

    /// What an organisation says it will do, in summaries and evidence.
    public static let actions = [
        "release a ChatGPT-style chatbot", "open its model to enterprise customers", "cut prices for API access",
        "train a model with more than 100 billion parameters", "launch a public beta", "integrate generative AI into its apps",
        "build a new data centre", "partner with state-owned banks", "submit its algorithm for registration",
        "raise new funding from local government funds",
    ]

    /// When it says it will, in summaries and evidence.
    public static let timeframes = [
        "next month", "later this year", "in March", "by the end of the year", "within weeks", "in the first half",
        "after regulatory approval", "before the summer",
    ]

    /// What a regulation is about, in its title and what it covers.
    public static let regulationTopics = [
        "Generative AI service", "Deep synthesis", "Algorithm registration", "Data export", "Personal information",
        "Content labelling", "Platform antitrust", "Cross-border data", "Minor protection", "Security assessment",
        "Training data", "Model filing",
    ]
    /// The last word of a regulation's title ("Deep synthesis rules").
    public static let regulationNouns = ["rules", "measures", "guidelines", "regulation", "provisions", "notice", "plan"]
    /// A regulation's status.
    public static let regulationStatuses = ["introduced", "draft", "in force", "pledged", "ongoing", "expected", "repealed"]
    /// A regulation's requirements, up to three each.
    public static let requirements = [
        "register algorithms with the regulator", "label AI-generated content", "verify users' real identities",
        "pass a security assessment before launch", "keep training data lawful", "handle user complaints promptly",
        "store personal data in China", "prevent discrimination in outputs",
    ]

    /// What a statistic counts, each with its unit.
    public static let statisticMetrics = [
        ("core AI companies", "companies"), ("AI patents", "patents"), ("AI talents", "people"),
        ("model parameters", "parameters"), ("investment", "yuan"), ("data centres", "data centres"),
        ("chatbot users", "users"), ("compute capacity", "petaflops"),
    ]
    /// A statistic's hedge; most statistics get one.
    public static let qualifiers = ["more than", "about", "nearly", "at least", "over", "up to"]

    /// First names of people, some accented.
    public static let givenNames = [
        "Wei", "Li", "Fang", "Jun", "Min", "Xiaoming", "Yan", "Hao", "Zoë", "José", "Anaïs", "Björn", "Chloé",
        "Matthew", "Sarah", "Kevin", "Emily", "Rui", "Ting", "Jiayi",
    ]
    /// Family names of people, some accented.
    public static let familyNames = [
        "Wang", "Zhang", "Chen", "Liu", "Yang", "Huang", "Zhao", "Wu", "Müller", "García", "Brennan", "Nguyễn",
        "O'Neill", "Dubois", "Smith", "Kim", "Sato", "Lefèvre",
    ]
    /// People's roles, also used by evidence ("analysts say").
    public static let roles = [
        "chief executive", "analyst", "professor of computer science", "research director", "spokesperson",
        "senior fellow", "chief technology officer", "partner", "policy adviser", "vice president",
    ]
    /// How a quote was given, for half of them.
    public static let vias = ["told CNBC", "via email", "in a statement", "at a press conference", "on social media"]

    /// What happens in an event's title and a source's headline ("Jingdong Cloud launches a chatbot").
    public static let eventVerbs = [
        "announces", "launches", "delays", "unveils", "opens trials of", "registers", "suspends", "expands",
    ]
    /// What it happens to, in the same titles and headlines.
    public static let eventObjects = [
        "a chatbot", "a large language model", "an AI cloud service", "a developer platform", "an image generator",
        "a partnership with a carmaker", "a new research lab", "a public beta",
    ]

    /// Who publishes the sources.
    public static let publishers = [
        "CNBC", "Reuters", "Tech Wire Asia", "Caixin", "South China Morning Post", "Nikkei Asia", "Le Monde",
        "Süddeutsche Zeitung", "Bloomberg", "The Economist",
    ]

    /// Month names, for dates' phrases and evidence.
    public static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// How a quote begins ("In my view,").
    public static let quoteOpenings = [
        "We believe", "It is clear that", "In my view,", "The market expects that", "Regulators know that",
        "Investors think", "Frankly,", "Our data shows that",
    ]
    /// What a quote claims after its opening, and what a person's summary says they argue.
    public static let quoteClaims = [
        "Chinese firms are still behind in training data", "the race is about compute as much as talent",
        "the rules will slow down smaller players", "users will pay for better answers",
        "censorship requirements shape what these models can say", "this technology will reach banks first",
        "the government wants to lead, not follow", "open-source models change the economics",
    ]
}
