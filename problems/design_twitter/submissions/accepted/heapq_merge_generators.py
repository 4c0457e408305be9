class Twitter:
    def __init__(self):
        self.t = 0
        self.feed = {}
        self.fol = {}

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.t -= 1  # negative times: the newest tweet sorts first
        self.feed.setdefault(userId, []).append((self.t, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        people = self.fol.get(userId, set()) | {userId}
        streams = [reversed(self.feed[p]) for p in people if p in self.feed]
        return [tweet for _, tweet in itertools.islice(heapq.merge(*streams), 10)]

    def follow(self, followerId: int, followeeId: int) -> None:
        self.fol.setdefault(followerId, set()).add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.fol.get(followerId, set()).discard(followeeId)
