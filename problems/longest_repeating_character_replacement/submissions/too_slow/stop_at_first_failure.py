def characterReplacement(s, k):
    best = 0
    for i in range(len(s)):
        freq = [0] * 26
        top = 0
        for j in range(i, len(s)):
            c = ord(s[j]) - ord("A")
            freq[c] += 1
            top = max(top, freq[c])
            if j - i + 1 - top > k:
                break
            best = max(best, j - i + 1)
    return best
