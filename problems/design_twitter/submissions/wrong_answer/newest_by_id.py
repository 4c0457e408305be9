class Twitter:
    # assumes a larger tweet id is a more recent tweet
    def __init__(self):
        self.tweets = defaultdict(list)
        self.following = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.tweets[userId].append(tweetId)

    def getNewsFeed(self, userId: int) -> List[int]:
        pool = []
        for u in self.following[userId] | {userId}:
            pool.extend(self.tweets[u])
        return sorted(pool, reverse=True)[:10]

    def follow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].discard(followeeId)
