// One answer a smoke check saw: what it asked, the status and the body.
public sealed record HttpResult(Uri Url, int Status, string Body);
