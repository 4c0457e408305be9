def checkInclusion(s1, s2):
    # a running sum of letter codes as a cheap fingerprint of the window
    k = len(s1)
    if k > len(s2):
        return False
    target = sum(ord(c) for c in s1)
    window = sum(ord(c) for c in s2[:k])
    if window == target:
        return True
    for i in range(k, len(s2)):
        window += ord(s2[i]) - ord(s2[i - k])
        if window == target:
            return True
    return False
