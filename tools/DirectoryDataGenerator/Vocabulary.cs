namespace DirectoryDataGenerator;

/// <summary>Word lists that synthetic names, addresses and people are composed from.</summary>
public static class Vocabulary
{
    /// <summary>Neighbourhoods of each London borough, for names of organisations, venues and services.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Places = new Dictionary<string, string[]>
    {
        ["City of London"] = ["Aldgate", "Barbican", "Smithfield", "Golden Lane", "Portsoken", "Cheapside", "Moorgate"],
        ["Barking and Dagenham"] = ["Barking", "Dagenham", "Becontree", "Chadwell Heath", "Marks Gate", "Thames View", "Gascoigne", "Barking Riverside"],
        ["Barnet"] = ["Barnet", "Finchley", "Hendon", "Edgware", "Colindale", "Burnt Oak", "Golders Green", "Mill Hill"],
        ["Bexley"] = ["Bexleyheath", "Erith", "Sidcup", "Welling", "Crayford", "Thamesmead", "Belvedere"],
        ["Brent"] = ["Wembley", "Harlesden", "Kilburn", "Willesden", "Neasden", "Kingsbury", "Stonebridge", "Kensal Green"],
        ["Bromley"] = ["Bromley", "Orpington", "Beckenham", "Penge", "Mottingham", "Crystal Palace", "Cray Valley"],
        ["Camden"] = ["Camden Town", "Kentish Town", "Somers Town", "Kilburn", "Gospel Oak", "Holborn", "Swiss Cottage"],
        ["Croydon"] = ["Croydon", "Thornton Heath", "Norbury", "New Addington", "Selhurst", "Purley", "South Norwood"],
        ["Ealing"] = ["Ealing", "Southall", "Acton", "Hanwell", "Greenford", "Northolt", "Perivale"],
        ["Enfield"] = ["Enfield", "Edmonton", "Ponders End", "Palmers Green", "Southgate", "Enfield Lock", "Bush Hill Park"],
        ["Greenwich"] = ["Greenwich", "Woolwich", "Eltham", "Charlton", "Plumstead", "Abbey Wood", "Thamesmead"],
        ["Hackney"] = ["Hackney", "Dalston", "Clapton", "Homerton", "Hoxton", "Stoke Newington", "Stamford Hill", "Haggerston"],
        ["Hammersmith and Fulham"] = ["Hammersmith", "Fulham", "Shepherd's Bush", "White City", "Wormholt", "Sands End"],
        ["Haringey"] = ["Tottenham", "Wood Green", "Hornsey", "Northumberland Park", "Seven Sisters", "Noel Park", "Muswell Hill"],
        ["Harrow"] = ["Harrow", "Wealdstone", "Rayners Lane", "South Harrow", "Edgware", "Stanmore", "Pinner"],
        ["Havering"] = ["Romford", "Hornchurch", "Harold Hill", "Rainham", "Upminster", "Collier Row", "Elm Park"],
        ["Hillingdon"] = ["Uxbridge", "Hayes", "Yiewsley", "Ruislip", "West Drayton", "Harlington", "Northwood"],
        ["Hounslow"] = ["Hounslow", "Feltham", "Brentford", "Chiswick", "Isleworth", "Bedfont", "Cranford"],
        ["Islington"] = ["Islington", "Holloway", "Finsbury Park", "Archway", "Highbury", "Caledonian Road", "Clerkenwell"],
        ["Kensington and Chelsea"] = ["North Kensington", "Notting Dale", "Golborne", "Earl's Court", "Chelsea", "World's End"],
        ["Kingston upon Thames"] = ["Kingston", "Surbiton", "New Malden", "Chessington", "Norbiton", "Tolworth"],
        ["Lambeth"] = ["Brixton", "Stockwell", "Streatham", "Vauxhall", "Kennington", "Norwood", "Clapham"],
        ["Lewisham"] = ["Lewisham", "Deptford", "Catford", "New Cross", "Sydenham", "Downham", "Bellingham"],
        ["Merton"] = ["Mitcham", "Morden", "Wimbledon", "Colliers Wood", "Pollards Hill", "Raynes Park"],
        ["Newham"] = ["Stratford", "East Ham", "Canning Town", "Forest Gate", "Plaistow", "Manor Park", "Beckton", "Custom House"],
        ["Redbridge"] = ["Ilford", "Seven Kings", "Goodmayes", "Barkingside", "Hainault", "Woodford", "Gants Hill", "Loxford"],
        ["Richmond upon Thames"] = ["Richmond", "Twickenham", "Teddington", "Whitton", "Hampton", "Barnes", "Heathfield"],
        ["Southwark"] = ["Peckham", "Camberwell", "Bermondsey", "Walworth", "Rotherhithe", "Elephant and Castle", "Nunhead"],
        ["Sutton"] = ["Sutton", "Wallington", "Carshalton", "Hackbridge", "Roundshaw", "Rosehill"],
        ["Tower Hamlets"] = ["Bethnal Green", "Poplar", "Whitechapel", "Stepney", "Bow", "Shadwell", "Isle of Dogs", "Mile End"],
        ["Waltham Forest"] = ["Walthamstow", "Leyton", "Leytonstone", "Chingford", "Higham Hill", "Cathall", "Lea Bridge"],
        ["Wandsworth"] = ["Battersea", "Tooting", "Roehampton", "Wandsworth", "Balham", "Putney", "Nine Elms"],
        ["City of Westminster"] = ["Church Street", "Lisson Grove", "Paddington", "Queen's Park", "Pimlico", "Soho", "Westbourne"],
    };

    public static readonly string[] Streets =
    [
        "High Street", "Church Road", "Station Road", "Park Road", "Victoria Road", "Green Lane", "The Broadway", "Market Street",
        "Mill Lane", "King's Road", "Queen's Road", "London Road", "Albert Road", "New Road", "Chapel Street", "Grove Road",
        "Manor Road", "Richmond Road", "Windsor Road", "Springfield Road", "Cedar Avenue", "Elm Grove", "Orchard Way",
        "Canal Walk", "Forest Road", "Hall Lane", "Well Street", "Brook Street", "School Road", "Priory Avenue",
    ];

    public static readonly string[] FirstNames =
    [
        "Amira", "Joyce", "Tomasz", "Fatima", "Dev", "Margaret", "Kwame", "Rokeya", "Ioana", "Abdi", "Sarah", "Mehmet",
        "Priya", "Grace", "Lukas", "Nasreen", "Olu", "Terry", "Ayesha", "Chen", "Rosa", "Hassan", "Jenny", "Sunita",
    ];

    public static readonly string[] Surnames =
    [
        "Adeyemi", "Begum", "Kowalski", "Hussain", "Okafor", "Doyle", "Mensah", "Popescu", "Warsame", "Shah", "Yilmaz",
        "Patel", "Campbell", "Kazlauskas", "Akhtar", "Walsh", "Ali", "Nguyen", "Silva", "Ahmed", "Brown", "Singh", "Murphy",
    ];

    // Generic enough that any of the activities could be run by any of them.
    public static readonly string[] VcseNouns =
    [
        "Community Trust", "Community Centre", "Community Association", "Wellbeing Collective", "Community Partnership",
        "Health Forum", "Neighbours", "Community Hub", "Development Trust", "Family and Community Network", "Settlement",
        "Community Foundation",
    ];

    public static readonly string[] CouncilServices = ["Neighbourhood Hub", "Community Services", "Family and Community Hub", "Locality Team"];

    public static readonly string[] NhsProviders =
    [
        "Primary Care Network", "Medical Centre", "Health Centre", "Community Health Services", "Health Partnership",
    ];

    public static readonly string[] VenueKinds =
    [
        "Community Centre", "Library", "Community Hall", "Family Hub", "Health Centre", "Youth Centre", "Leisure Centre",
        "Learning Centre", "Church Hall", "Wellbeing Centre",
    ];

    /// <summary>How often each community language is offered, out of 1,000 services (English is nearly always offered).</summary>
    public static readonly IReadOnlyDictionary<string, int> LanguageWeights = new Dictionary<string, int>
    {
        ["bn"] = 120, ["ur"] = 100, ["pl"] = 80, ["ro"] = 70, ["tr"] = 60, ["so"] = 60, ["pa"] = 55, ["gu"] = 50,
        ["ta"] = 40, ["lt"] = 40, ["ar"] = 45, ["pt"] = 35, ["es"] = 35, ["yo"] = 25, ["ku"] = 15, ["hi"] = 25,
        ["ml"] = 10, ["fa"] = 15, ["ps"] = 10, ["sq"] = 15, ["bg"] = 20, ["ti"] = 10, ["zh"] = 20, ["vi"] = 10,
        ["fr"] = 20, ["yi"] = 5, ["tw"] = 10, ["ru"] = 15,
    };

    public static readonly string[] LanguageNames =
    [
        "bn:Bengali", "ur:Urdu", "pl:Polish", "ro:Romanian", "tr:Turkish", "so:Somali", "pa:Punjabi", "gu:Gujarati",
        "ta:Tamil", "lt:Lithuanian", "ar:Arabic", "pt:Portuguese", "es:Spanish", "yo:Yoruba", "ku:Kurdish", "hi:Hindi",
        "ml:Malayalam", "fa:Farsi", "ps:Pashto", "sq:Albanian", "bg:Bulgarian", "ti:Tigrinya", "zh:Chinese", "vi:Vietnamese",
        "fr:French", "yi:Yiddish", "tw:Twi", "ru:Russian", "en:English",
    ];

    /// <summary>The usual post town of an outcode area outside the London postal district.</summary>
    public static string PostTown(string sector) => new string(sector.TakeWhile(char.IsLetter).ToArray()) switch
    {
        "RM" => "Romford",
        "IG" => "Ilford",
        "CR" => "Croydon",
        "BR" => "Bromley",
        "HA" => "Harrow",
        "UB" => "Uxbridge",
        "TW" => "Twickenham",
        "KT" => "Kingston upon Thames",
        "SM" => "Sutton",
        "EN" => "Enfield",
        "DA" => "Bexleyheath",
        "WD" => "Watford",
        _ => "London",
    };
}
