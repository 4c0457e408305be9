def mergeTriplets(triplets, target):
    # looks for the target itself, forgetting that merges combine triplets
    return target in triplets
