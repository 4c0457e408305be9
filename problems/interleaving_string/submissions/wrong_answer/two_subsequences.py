# checks that s1 and s2 are each a subsequence of s3, and the lengths add up: both may
# claim the same letters of s3
def isInterleave(s1, s2, s3):
    if len(s1) + len(s2) != len(s3):
        return False

    def subsequence(small):
        it = iter(s3)
        return all(c in it for c in small)

    return subsequence(s1) and subsequence(s2)
