/// Capitalized English words that commonly open a sentence: `The`, `He`, `But`, `In`,
/// `However`, `According`, `Officials`, ...
///
/// Read by the sentence segmenter, which ends a sentence after an abbreviation (`U.S.`) only
/// when one of these follows, and by the attribution finder, for which a single one of these
/// is not a speaker and no bare name opens with one.
enum SentenceStarters {
    /// The words, capitalized as they open a sentence.
    static let words: [String] = [
        "A", "An", "The", "It", "Its", "It's", "He", "He's", "She", "She's", "They", "They're", "They've", "We",
        "We've", "We're", "We'll", "I", "I'm", "I've", "You", "This", "That", "That's", "These", "Those", "There",
        "There's", "Here", "His", "Her", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "Nor", "In",
        "On", "At", "For", "With", "By", "From", "As", "If", "When", "While", "Whilst", "After", "Before", "Since",
        "Although", "Though", "However", "Meanwhile", "Also", "Still", "Now", "Then", "Some", "Many", "Most",
        "Other", "Others", "Such", "What", "What's", "Who", "Why", "How", "Where", "Which", "Whether", "Whatever",
        "Whoever", "Not", "No", "Yes", "Oh", "Nobody", "Nothing", "None", "Everyone", "Everything", "Anyone",
        "Somebody", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twenty",
        "Thirty", "Forty", "Fifty", "Hundreds", "Thousands", "Millions", "Several", "Few", "Both", "Each", "Every",
        "All", "Any", "Another", "Much", "More", "Less", "Neither", "Either", "Last", "Next", "Earlier", "Later",
        "Today", "Yesterday", "Tomorrow", "Today's", "Recently", "Previously", "Initially", "Finally", "Eventually",
        "Ultimately", "Currently", "Soon", "Often", "Sometimes", "Already", "Once", "According", "Under", "Despite",
        "During", "Because", "Until", "Unless", "Without", "Within", "Through", "Among", "Along", "Across", "Around",
        "About", "Over", "Between", "Unlike", "Like", "Given", "Following", "Excluding", "Including", "Having",
        "Getting", "Using", "Indeed", "Instead", "Even", "Only", "Just", "Thus", "Therefore", "Furthermore",
        "Moreover", "Nevertheless", "Nonetheless", "Otherwise", "Overall", "Similarly", "Equally", "Likewise",
        "Besides", "Altogether", "Separately", "Elsewhere", "Rather", "Perhaps", "Maybe", "Probably", "Clearly",
        "Obviously", "Surely", "Certainly", "Hopefully", "Unfortunately", "Fortunately", "Sadly", "Thankfully",
        "Ironically", "Interestingly", "Increasingly", "Typically", "Essentially", "Basically", "Personally",
        "Privately", "Simply", "Especially", "Globally", "Ideally", "Firstly", "Secondly", "Asked", "Speaking",
        "Commenting", "Responding", "Writing", "Looking", "Announcing", "Explaining", "Adding", "People",
        "Officials", "Analysts", "Experts", "Critics", "Police", "Investors", "Consumers", "Users", "Customers",
        "Fans", "Viewers", "Voters", "Politicians", "Ministers", "Economists", "Lawyers", "Prosecutors",
        "Scientists", "Researchers", "Parents", "Teachers", "Pupils", "Students", "Workers", "Employers", "Unions",
        "Campaigners", "Supporters", "Members", "Players", "Doctors", "Residents", "Witnesses", "Sources", "Reports",
        "Details", "Figures", "Plans", "Talks", "Shares", "Sales", "Profits", "Prices", "Former", "Shadow", "Let",
        "Let's", "Thank", "Imagine", "Listen", "Look", "Should", "Could", "Would", "Can", "Will", "Did", "Does",
        "Do", "Is", "Are", "Was", "Were", "Has", "Had", "Have", "Sure", "Well", "Absent", "Regardless",
    ]
}
