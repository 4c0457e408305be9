class Twitter:
    def __init__(self):
        self.log = []  # (userId, tweetId) in posting order
        self.follows = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.log.append((userId, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        wanted = self.follows[userId] | {userId}
        mine = [t for u, t in self.log if u in wanted]
        return mine[-10:]  # the ten most recent, but oldest first

    def follow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].discard(followeeId)
