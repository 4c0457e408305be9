class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = deque()  # LeetCode's prelude, no import
        inside = Counter()
        best = 0
        for c in s:
            window.append(c)
            inside[c] += 1
            while inside[c] > 1:
                inside[window.popleft()] -= 1
            best = max(best, len(window))
        return best
