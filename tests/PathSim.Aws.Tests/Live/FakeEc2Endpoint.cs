using System.Collections.Concurrent;
using System.Collections.Specialized;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;

namespace PathSim.Aws.Tests.Live;

/// <summary>
/// A local EC2 Query API endpoint (HttpListener on 127.0.0.1, a free port) for the real AWS SDK to talk to
/// through its ServiceURL: each request's Action and form parameters go to <see cref="Handler"/>, whose
/// reply (status and XML body) is sent back as EC2 would.
/// </summary>
internal sealed class FakeEc2Endpoint : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public FakeEc2Endpoint(Func<string, NameValueCollection, (int Status, string Body)> handler)
    {
        Handler = handler;
        int port = FreePort();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public Func<string, NameValueCollection, (int Status, string Body)> Handler { get; }

    /// <summary>Every request received: its Action and form parameters, in order.</summary>
    public ConcurrentQueue<(string Action, NameValueCollection Form)> Requests { get; } = new();

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            string body;
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
                body = await reader.ReadToEndAsync();
            var form = HttpUtility.ParseQueryString(body);
            string action = form["Action"] ?? "";
            Requests.Enqueue((action, form));
            (int status, string xml) = Handler(action, form);
            var bytes = Encoding.UTF8.GetBytes(xml);
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/xml";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public static (int, string) Error(int status, string code, string message) =>
        (status, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>{code}</Code><Message>{SecurityElement(message)}</Message></Error></Errors><RequestID>fake-1</RequestID></Response>");

    private static string SecurityElement(string text) => System.Security.SecurityElement.Escape(text) ?? "";

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
