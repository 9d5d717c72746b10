// The one stop-word list: common English words that say nothing about a topic. The search
// drops them from lesson text and queries (its encoder adds the words of a learner's question,
// "explain", "difference"); drill answer cues ignore them when they pick an answer's key terms.

/** Common English words, in the forms the folded, apostrophe-split text has them ("dont", "don"). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and another any are arent as at be because been before being below ' +
    'between both but by can cannot cant could couldnt did didnt do does doesnt doing dont down during each either ' +
    'etc even ever every few for from further get gets getting give given go goes going good got had hadnt has hasnt have ' +
    'havent having he her here hers herself him himself his how however i ie if im in into is isnt it its itself ' +
    'ive just let lets like ll me might mine more most much must my myself need needs no nor not now of off often on ' +
    'once one only or other others otherwise our ours ourselves out over own per quite rather re really s same say says ' +
    'shall she should shouldnt so some something such t than that thats the their theirs them themselves then there ' +
    'theres these they theyre thing things this those though through thus to too under until up upon us ve very was ' +
    'wasnt we well were werent what whats when where whether which while who whom whose why will with within without ' +
    'wont would wouldnt yet you your yours yourself ' +
    // the halves of contractions split at the apostrophe
    'don doesn isn wasn aren didn won shouldn couldn wouldn haven hasn'
  ).split(' '),
);
