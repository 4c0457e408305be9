def characterReplacement(s, k):
    freq = [0] * 26
    maxf = 0
    left = 0
    best = 0
    for right in range(len(s)):
        i = ord(s[right]) - 65
        freq[i] += 1
        maxf = max(maxf, freq[i])
        # maxf may be stale after the window slides; the answer only grows with it
        if right - left + 1 - maxf > k:
            freq[ord(s[left]) - 65] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
