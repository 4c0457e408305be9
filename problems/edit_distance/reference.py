class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # prev[j]: edits turning the word1 prefix read so far (minus one letter) into word2[:j]
        prev = list(range(len(word2) + 1))
        for i, a in enumerate(word1, 1):
            cur = [i] + [0] * len(word2)
            for j, b in enumerate(word2, 1):
                if a == b:
                    cur[j] = prev[j - 1]  # keep the letter
                else:
                    # replace, delete a, or insert b
                    cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])
            prev = cur
        return prev[-1]
