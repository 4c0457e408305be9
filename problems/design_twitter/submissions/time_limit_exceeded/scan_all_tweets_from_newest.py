class Twitter:
    def __init__(self):
        self.all = []  # (userId, tweetId), oldest first
        self.following = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.all.append((userId, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        feed = []
        for i in range(len(self.all) - 1, -1, -1):
            u, t = self.all[i]
            if u == userId or u in self.following[userId]:
                feed.append(t)
                if len(feed) == 10:
                    break
        return feed

    def follow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].discard(followeeId)
