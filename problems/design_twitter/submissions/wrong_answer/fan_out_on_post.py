class Twitter:
    # pushes each tweet into the feeds of the poster's followers when it is posted
    def __init__(self):
        self.feeds = defaultdict(list)
        self.followers = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.feeds[userId].append(tweetId)
        for f in self.followers[userId]:
            self.feeds[f].append(tweetId)

    def getNewsFeed(self, userId: int) -> List[int]:
        return self.feeds[userId][::-1][:10]

    def follow(self, followerId: int, followeeId: int) -> None:
        if followerId != followeeId:
            self.followers[followeeId].add(followerId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.followers[followeeId].discard(followerId)
