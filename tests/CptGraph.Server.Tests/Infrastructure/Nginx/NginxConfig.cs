namespace CptGraph.Server.Tests.Infrastructure.Nginx;

/// <summary>
/// The nginx.conf of a test balancer: every path (pid, logs, temporary bodies) in its own folder, in the foreground
/// (<c>daemon off</c>) so the test owns the process, round robin over the replicas, and the lines a GraphQL server
/// behind nginx needs (docs/scale-out.md): HTTP/1.1 with the WebSocket upgrade passed on, no response buffering for
/// Server-Sent Events, and a read timeout longer than a quiet subscription. Each answer names the replica that gave it
/// (<c>X-Upstream</c>), and the access log the replica of every request, WebSocket ones included, and its Accept header
/// after a <c>|</c> (which tells a Server-Sent Events subscription from a plain POST). <c>max_fails=0</c>: a
/// replica that failed one early attempt is not taken out of the rotation for ten seconds (nginx's default), the likely
/// reason CI once saw all four probe queries answered by one replica; a failed attempt still shows in the header as "A, B".
/// </summary>
public static class NginxConfig
{
    public const string UpstreamHeader = "X-Upstream";

    public static string For(string folder, int port, IEnumerable<Uri> replicas, bool asRoot) => $$"""
        daemon off;
        {{(asRoot ? "user root;" : "")}}
        worker_processes 1;
        pid {{folder}}/nginx.pid;
        error_log {{folder}}/error.log info;

        events {
            worker_connections 256;
        }

        http {
            log_format upstream '$request_method $uri $status $upstream_addr | $http_accept';
            access_log {{folder}}/access.log upstream;
            client_body_temp_path {{folder}}/client_body;
            proxy_temp_path {{folder}}/proxy;
            fastcgi_temp_path {{folder}}/fastcgi;
            uwsgi_temp_path {{folder}}/uwsgi;
            scgi_temp_path {{folder}}/scgi;

            upstream cptgraph {
        {{string.Concat(replicas.Select(r => $"        server {r.Authority} max_fails=0;\n"))}}    }

            map $http_upgrade $connection_upgrade {
                default upgrade;
                ''      close;
            }

            server {
                listen 127.0.0.1:{{port}};

                location / {
                    proxy_pass http://cptgraph;
                    proxy_http_version 1.1;
                    proxy_set_header Upgrade $http_upgrade;
                    proxy_set_header Connection $connection_upgrade;
                    proxy_set_header Host $host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_buffering off;
                    proxy_read_timeout 1h;
                    add_header {{UpstreamHeader}} $upstream_addr always;
                }
            }
        }
        """;
}
