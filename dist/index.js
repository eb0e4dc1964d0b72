import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  InputError,
  readInputs
} from "./chunks/chunk-YJ5J2BOZ.js";
import {
  actionLogger,
  debug,
  getInput,
  info,
  setFailed,
  setSecret
} from "./chunks/chunk-T7YQEWOI.js";
import {
  createOctokitPort,
  retry,
  throttling
} from "./chunks/chunk-DARFCH5G.js";
import "./chunks/chunk-B2BENBMT.js";
import {
  authoredBy
} from "./chunks/chunk-7COSIQUM.js";
import {
  silentLogger
} from "./chunks/chunk-LVBN3PUP.js";
import {
  GitHubError
} from "./chunks/chunk-HR3KXG64.js";
import {
  ConfigError
} from "./chunks/chunk-CIPTWOIR.js";
import {
  Octokit,
  paginateRest
} from "./chunks/chunk-WEEJC44N.js";
import "./chunks/chunk-VBPJBFLN.js";

// src/flows/load-repo-config.ts
async function loadRepoConfig(port, path, ref, log = silentLogger) {
  const reading = port.readFile(path, ref);
  const { parseConfig } = await import("./chunks/parse-config-EGGHXPEI.js");
  const bytes = await reading;
  return parseConfig(
    bytes === null ? null : new TextDecoder().decode(bytes),
    path,
    (warning) => log.warning(`Config ${path}: ${warning}`)
  );
}

// src/action/action-context.ts
import { existsSync, readFileSync } from "node:fs";
function actionContext(env = process.env) {
  const path = env.GITHUB_EVENT_PATH;
  let payload = {};
  if (path && existsSync(path)) {
    try {
      payload = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`the event file ${path} is not JSON: ${error.message}`);
    }
  } else if (path) {
    process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist
`);
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload,
    sha: env.GITHUB_SHA ?? "",
    // A getter, as in @actions/github: a run that skips need not have a repository.
    get repo() {
      return repoOf(env, payload);
    },
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com"
  };
}
function repoOf(env, payload) {
  if (env.GITHUB_REPOSITORY) {
    const [owner = "", repo = ""] = env.GITHUB_REPOSITORY.split("/");
    return { owner, repo };
  }
  const repository = payload.repository;
  if (repository?.name && repository.owner?.login)
    return { owner: repository.owner.login, repo: repository.name };
  throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
}

// src/github/octokit/octokit-answers.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/github/network-failure.ts
var WORDS = {
  refused: "the connection was refused (nothing listens there)",
  "not-found": "the host name does not resolve (DNS: no such host)",
  "dns-again": "the host name could not be resolved right now (DNS lookup failed)",
  tls: "the TLS handshake failed (certificate or protocol problem)",
  timeout: "the request timed out",
  reset: "the connection was reset before GitHub answered"
};
function networkWords(kind) {
  return WORDS[kind];
}
var TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_OSSL_|HOSTNAME_MISMATCH)/;
function networkFailure(error) {
  if (typeof error === "object" && error !== null && "response" in error && error.response)
    return void 0;
  const seen = /* @__PURE__ */ new Set();
  const queue = [error];
  let timeout;
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const { code, name, message } = current;
    const found = typeof code === "string" ? byCode(code) : void 0;
    if (found) return found;
    if (name === "TimeoutError" || typeof message === "string" && /aborted due to timeout/.test(message))
      timeout = "TimeoutError";
    if (typeof message === "string" && /other side closed|socket hang up/i.test(message))
      return { kind: "reset", code: typeof code === "string" ? code : "ECONNRESET" };
    queue.push(current.cause);
    const errors = current.errors;
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return timeout ? { kind: "timeout", code: timeout } : void 0;
}
function byCode(code) {
  if (code === "ECONNREFUSED") return { kind: "refused", code };
  if (code === "ENOTFOUND") return { kind: "not-found", code };
  if (code === "EAI_AGAIN") return { kind: "dns-again", code };
  if (TLS_CODE.test(code)) return { kind: "tls", code };
  if (code === "ETIMEDOUT" || code.startsWith("UND_ERR_") && /TIMEOUT/.test(code))
    return { kind: "timeout", code };
  if (code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET" || code === "ECONNABORTED")
    return { kind: "reset", code };
  return void 0;
}

// src/github/octokit/octokit-answers.ts
var NETWORK_RETRIES = {
  refused: 2,
  "dns-again": 2,
  reset: 2,
  timeout: 1,
  "not-found": 0,
  tls: 0
};
var GitHubNetworkError = class extends GitHubError {
  constructor(message, kind, code, host, retries, request) {
    super(0, message);
    this.kind = kind;
    this.code = code;
    this.host = host;
    this.retries = retries;
    this.request = request;
  }
  kind;
  code;
  host;
  retries;
  request;
  name = "GitHubNetworkError";
};
function githubAnswers(octokit, octokitOptions = {}) {
  const delay = octokitOptions.answers?.retryDelayMs ?? 500;
  const timeoutMs = octokitOptions.answers?.timeoutMs ?? 3e4;
  const networkRetries = octokitOptions.answers?.networkRetries ?? true;
  octokit.hook.wrap("request", async (request, options) => {
    const where = endpointOf(options);
    for (let retries = 0; ; retries++) {
      let response;
      try {
        response = await withTimeout(request, options, timeoutMs);
      } catch (error) {
        const failure = networkFailure(error);
        if (!failure) throw explainNonJson(error, where);
        const mayHaveArrived = failure.kind === "reset" || failure.kind === "timeout";
        const allowed = !networkRetries || mayHaveArrived && (options.method === "POST" || options.request?.retries === 0) ? 0 : NETWORK_RETRIES[failure.kind];
        if (retries < allowed) {
          await sleep(delay * 2 ** retries);
          continue;
        }
        const tried = retries === 0 ? "not retried" : `gave up after ${retries} ${retries === 1 ? "retry" : "retries"}`;
        throw new GitHubNetworkError(
          `GitHub at ${where.host} did not answer ${where.method} ${where.path}: ${networkWords(failure.kind)} (${failure.code}); ${tried}.`,
          failure.kind,
          failure.code,
          where.host,
          retries,
          { method: where.method, url: where.path }
        );
      }
      if (!isJsonAnswer(response, options)) {
        throw new GitHubError(response.status, nonJsonMessage(where, response.status, response.headers));
      }
      return response;
    }
  });
}
async function withTimeout(request, options, ms) {
  if (options.request?.signal) return request(options);
  const controller = new AbortController();
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => {
      const error = new DOMException(`no answer within ${ms} ms`, "TimeoutError");
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([
      request({ ...options, request: { ...options.request, signal: controller.signal } }),
      timedOut
    ]);
  } finally {
    clearTimeout(timer);
  }
}
function endpointOf(options) {
  const path = options.url.replace(/\{([^}]+)\}/g, (_, name) => {
    const value = options[name];
    return typeof value === "string" || typeof value === "number" ? encodeURIComponent(String(value)) : `{${name}}`;
  });
  const base = (options.baseUrl ?? "https://api.github.com").replace(/\/$/, "");
  let url;
  try {
    url = new URL(/^https?:/i.test(path) ? path : `${base}${path}`);
  } catch {
    return { method: options.method, host: "GitHub", path };
  }
  return { method: options.method, host: url.host, path: url.pathname };
}
function isJsonAnswer(response, options) {
  if (response.status === 204 || response.status === 205 || options.method === "HEAD") return true;
  if (options.request?.parseSuccessResponseBody === false) return true;
  const accept = String(options.headers?.accept ?? "");
  const format = String(options.mediaType?.format ?? "");
  if (/raw|html|diff|patch|sha/.test(`${accept} ${format}`)) return true;
  return typeof response.data === "object" && response.data !== null && !(response.data instanceof ArrayBuffer);
}
function nonJsonMessage(where, status, headers) {
  const type = headers["content-type"]?.split(";")[0]?.trim() || "no content type";
  return `GitHub answered ${where.method} ${where.path} with HTTP ${status} and a body that is not JSON (${type})`;
}
function explainNonJson(error, where) {
  const e = error;
  if (typeof e?.status !== "number" || !e.response) return error;
  const data = e.response.data;
  if (typeof data === "object" && data !== null && !(data instanceof ArrayBuffer)) return error;
  if (error instanceof Error) error.message = nonJsonMessage(where, e.status, e.response.headers ?? {});
  return error;
}

// src/action/create-octokit.ts
var MAX_RETRY_AFTER_SECONDS = 120;
var MAX_LIMIT_RETRIES = 3;
async function createOctokit(token, log) {
  const onLimit = (kind) => (retryAfter, options2, _octokit, retryCount) => {
    const retrying = retryCount < MAX_LIMIT_RETRIES && retryAfter <= MAX_RETRY_AFTER_SECONDS;
    log.warning(
      `GitHub ${kind} rate limit on ${options2.method} ${options2.url}; ${retrying ? `retrying after ${retryAfter}s` : "giving up"}.`
    );
    return retrying;
  };
  const baseUrl = process.env.GITHUB_API_URL || "https://api.github.com";
  const options = {
    baseUrl,
    throttle: { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary") },
    retry: { retries: 3 }
  };
  const plugins = [githubAnswers, retry, throttling];
  if (await viaProxy(baseUrl)) {
    const { getOctokit } = await import("./chunks/github-XHLB4WPQ.js");
    return getOctokit(token, options, ...plugins);
  }
  const userAgent = orchestrationAgent();
  const Client = Octokit.plugin(paginateRest, ...plugins);
  return new Client({
    ...options,
    auth: `token ${token}`,
    ...userAgent ? { userAgent } : {}
  });
}
async function viaProxy(baseUrl) {
  const env = process.env;
  if (!(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY)) return false;
  const { getProxyUrl } = await import("./chunks/proxy-L53WCAMV.js");
  try {
    return getProxyUrl(new URL(baseUrl)) !== void 0;
  } catch {
    return false;
  }
}
function orchestrationAgent() {
  const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, "_")}` : void 0;
}

// src/action/pick-mode.ts
var REVIEW_ACTIONS = /* @__PURE__ */ new Set(["opened", "synchronize", "reopened", "ready_for_review", "edited"]);
var NULL_SHA = /^0+$/;
function pickMode(mode, eventName, payload) {
  const isPull = eventName === "pull_request" || eventName === "pull_request_target";
  const pr = payload.pull_request;
  if (mode === "agenda" || mode === "dashboard" || mode === "remind") return { kind: mode };
  if (mode === "report" || mode === "auto" && eventName === "workflow_run") {
    const run2 = payload.workflow_run;
    if (eventName !== "workflow_run" || !run2)
      return { kind: "skip", reason: `mode report needs a workflow_run event, not ${eventName}.` };
    const pullRequests = (run2.pull_requests ?? []).map((p) => ({ number: p.number, headSha: p.head.sha }));
    return { kind: "report", run: { headSha: run2.head_sha, pullRequests } };
  }
  if (mode === "review" || mode === "auto" && isPull && payload.action !== "closed") {
    if (!pr) return { kind: "skip", reason: `mode review needs a pull_request event, not ${eventName}.` };
    if (mode === "auto" && !REVIEW_ACTIONS.has(payload.action ?? "")) {
      return { kind: "skip", reason: `Nothing to review on pull_request ${payload.action}.` };
    }
    return { kind: "review", pull: { number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha } };
  }
  if (mode === "follow-ups" || mode === "auto") {
    if (isPull && pr) {
      if (payload.action !== "closed" || !pr.merged || !pr.merge_commit_sha) {
        return {
          kind: "skip",
          reason: `Pull request #${pr.number} was closed without merging: no follow-ups.`
        };
      }
      return {
        kind: "follow-ups",
        merge: { pull: pr.number, sha: pr.merge_commit_sha, before: pr.base.sha }
      };
    }
    if (eventName === "push" && payload.after && !payload.deleted && !NULL_SHA.test(payload.after)) {
      const before = payload.before && !NULL_SHA.test(payload.before) ? payload.before : void 0;
      return { kind: "follow-ups", merge: { sha: payload.after, ...before ? { before } : {} } };
    }
    if (mode === "follow-ups") {
      return {
        kind: "skip",
        reason: `mode follow-ups needs a merged pull_request or a push, not ${eventName}.`
      };
    }
  }
  if (eventName === "issues" && (mode === "auto" || mode === "follow-ups")) {
    const issue = payload.issue;
    if (!issue || issue.pull_request || payload.action !== "closed" && payload.action !== "reopened")
      return { kind: "skip", reason: `Nothing to write back on issues ${payload.action ?? ""}.`.trim() };
    return {
      kind: "write-back",
      issue: { number: issue.number, author: issue.user?.login ?? "", action: payload.action }
    };
  }
  if (eventName === "schedule") return { kind: "remind" };
  return {
    kind: "skip",
    reason: `Nothing to do for ${eventName}; set the mode input (review, follow-ups, agenda, dashboard, remind).`
  };
}

// src/action/repo-context.ts
function repoContext(context, today) {
  return {
    owner: context.repo.owner,
    repo: context.repo.repo,
    serverUrl: context.serverUrl,
    today: today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
  };
}

// src/action/resolve-bot-login.ts
async function resolveBotLogin(octokit, token, graphqlUrl = "/graphql") {
  try {
    const { data } = await octokit.request(`POST ${graphqlUrl}`, { query: "query { viewer { login } }" });
    const login = data?.data?.viewer?.login;
    if (typeof login === "string" && login !== "") return login;
  } catch {
  }
  if (!/^(ghp_|github_pat_|gho_|ghu_)/.test(token)) return void 0;
  try {
    const answer = await octokit.graphql?.("query { viewer { login } }");
    const login = answer?.viewer?.login;
    return typeof login === "string" && login !== "" ? login : void 0;
  } catch {
    return void 0;
  }
}

// src/action/runner.ts
async function runAction() {
  let inputs;
  try {
    inputs = readInputs((name) => getInput(name));
  } catch (error) {
    setFailed(error.message);
    return;
  }
  setSecret(inputs.token);
  try {
    await dispatch(inputs);
  } catch (error) {
    if (error instanceof ConfigError) setFailed(`Config ${inputs.configPath}: ${error.message}`);
    else if (error instanceof GitHubError || error instanceof InputError) setFailed(error.message);
    else {
      debug(error instanceof Error ? error.stack ?? error.message : String(error));
      setFailed(`decision-register failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
async function dispatch(inputs) {
  const context = actionContext();
  const mode = pickMode(inputs.mode, context.eventName, context.payload);
  if (mode.kind === "skip") {
    info(mode.reason);
    return;
  }
  const repo = repoContext(context, inputs.today);
  const octokit = await createOctokit(inputs.token, actionLogger);
  const port = createOctokitPort(octokit, repo);
  if (mode.kind === "review") {
    const config = await loadRepoConfig(port, inputs.configPath, mode.pull.baseSha, actionLogger);
    const isOurs = authoredBy(
      await resolveBotLogin(octokit, inputs.token, process.env.GITHUB_GRAPHQL_URL || void 0)
    );
    const { reviewMode } = await import("./chunks/review-mode-JLVNTDGQ.js");
    await reviewMode(inputs, repo, mode.pull, port, config, isOurs);
  } else if (mode.kind === "report") {
    const isOurs = authoredBy(await resolveBotLogin(octokit, inputs.token));
    const { reportMode } = await import("./chunks/report-mode-CKAS23G2.js");
    await reportMode(inputs, repo, mode.run, port, isOurs);
  } else if (mode.kind === "follow-ups") {
    const config = await loadRepoConfig(port, inputs.configPath, mode.merge.sha, actionLogger);
    const login = await resolveBotLogin(octokit, inputs.token, process.env.GITHUB_GRAPHQL_URL || void 0);
    const { followUpsMode } = await import("./chunks/follow-ups-mode-C7MUNLXZ.js");
    await followUpsMode(inputs, repo, mode.merge, port, config, authoredBy(login), login);
  } else if (mode.kind === "write-back") {
    const config = await loadRepoConfig(port, inputs.configPath, context.sha, actionLogger);
    const login = await resolveBotLogin(octokit, inputs.token, process.env.GITHUB_GRAPHQL_URL || void 0);
    const { writeBackMode } = await import("./chunks/write-back-mode-JWEJRIA2.js");
    await writeBackMode(inputs, repo, mode.issue, port, config, authoredBy(login), login);
  } else {
    const config = await loadRepoConfig(port, inputs.configPath, context.sha, actionLogger);
    const isOurs = authoredBy(
      mode.kind === "dashboard" ? void 0 : await resolveBotLogin(octokit, inputs.token, process.env.GITHUB_GRAPHQL_URL || void 0)
    );
    const { scheduledModes } = await import("./chunks/scheduled-modes-CYUBRFEZ.js");
    await scheduledModes(mode.kind, inputs, repo, context.sha, port, config, isOurs);
  }
}

// src/main.ts
async function run() {
  await runAction();
}

// src/index.ts
await run();
