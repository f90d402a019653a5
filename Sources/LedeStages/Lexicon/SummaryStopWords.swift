/// The English function words that the summarizers leave out when they compare sentences.
///
/// Articles, pronouns, auxiliary and modal verbs, prepositions, conjunctions and a few very
/// common adverbs: words that say little about what a sentence is about. Reporting verbs
/// (`said`) and titles (`Mr`) are *not* in the list: in news they mark quoted and attributed
/// sentences, which readers and editors pick out. Words are lower case, with a straight
/// apostrophe.
enum SummaryStopWords {
    static let words: Set<String> = [
        // Articles and determiners.
        "a", "an", "the", "this", "that", "these", "those", "each", "every", "either", "neither", "any", "some",
        "all", "both", "few", "more", "most", "other", "such", "no", "own", "same",
        // Pronouns.
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
        "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
        "itself", "they", "them", "their", "theirs", "themselves", "what", "which", "who", "whom", "whose",
        // Auxiliary and modal verbs.
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does",
        "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        // Contractions and their pieces.
        "it's", "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll", "you're", "you've", "you'd",
        "you'll", "he's", "he'd", "he'll", "she's", "she'd", "she'll", "they're", "they've", "they'd",
        "they'll", "that's", "there's", "here's", "what's", "who's", "let's", "isn't", "aren't", "wasn't",
        "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't", "wouldn't",
        "shan't", "shouldn't", "can't", "cannot", "couldn't", "mustn't", "mightn't", "needn't", "s", "t",
        "d", "ll", "m", "re", "ve",
        // Prepositions.
        "about", "above", "across", "after", "against", "along", "among", "around", "at", "before", "behind",
        "below", "beneath", "beside", "between", "beyond", "by", "down", "during", "except", "for", "from",
        "in", "inside", "into", "near", "of", "off", "on", "onto", "out", "outside", "over", "through",
        "throughout", "to", "toward", "towards", "under", "until", "up", "upon", "via", "with", "within",
        "without",
        // Conjunctions and connectives.
        "and", "but", "or", "nor", "so", "yet", "if", "then", "than", "because", "as", "while", "whether",
        "although", "though", "unless", "once", "when", "where", "why", "how", "whereas",
        // Very common adverbs.
        "not", "only", "very", "too", "just", "now", "here", "there", "again", "further", "also", "even",
        "ever", "still",
    ]
}
