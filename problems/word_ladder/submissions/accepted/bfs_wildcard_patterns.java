// BFS over words, finding neighbours by changing each letter to 'a'..'z' against a set.
class Solution {
    public int ladderLength(String beginWord, String endWord, List<String> wordList) {
        Set<String> words = new HashSet<>(wordList);
        if (!words.contains(endWord)) return 0;
        Deque<String> q = new ArrayDeque<>();
        q.add(beginWord);
        words.remove(beginWord);
        int steps = 1;
        while (!q.isEmpty()) {
            steps++;
            for (int s = q.size(); s > 0; s--) {
                char[] w = q.poll().toCharArray();
                for (int i = 0; i < w.length; i++) {
                    char orig = w[i];
                    for (char c = 'a'; c <= 'z'; c++) {
                        if (c == orig) continue;
                        w[i] = c;
                        String next = new String(w);
                        if (words.remove(next)) {
                            if (next.equals(endWord)) return steps;
                            q.add(next);
                        }
                    }
                    w[i] = orig;
                }
            }
        }
        return 0;
    }
}
