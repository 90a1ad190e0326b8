# Inclusive CPU % per request stage of a dotnet-trace speedscope profile: python3 stages.py FILE.speedscope.json
import json,collections,sys
# Inclusive CPU % per request stage (a sample counts for a stage when any frame of its stack matches; stages may overlap).
STAGES=[
 ("HTTP body parse", ["GraphQLHttpRequestParser"]),
 ("document parse (cache)", ["GraphQLParser.Parser", "ParsedDocumentCache.Get", "DocumentHash"]),
 ("validate (incl. limits rules)", ["DocumentValidator.ValidateAsync"]),
 ("cost / depth limits", ["CptGraph.GraphQL.Limits.OperationCost", "CptGraph.GraphQL.Limits.ExecutionDepth", "CptGraph.GraphQL.Limits.SelectionWalk"]),
 ("execute (resolvers, loaders, EF, SQL)", ["ExecutionStrategy.ExecuteAsync"]),
 ("engine expression building", ["QueryEngine.Apply", "ExpressionRebinder", "SortExpressionBuilder", "FilterExpressionBuilder", "ProjectionBuilder", "System.Linq.Expressions.Expression.FindMethod"]),
 ("EF query cache / funcletizer", ["QueryCompiler.ExtractParameters", "CompiledQueryCache", "QueryCompiler.CompileQueryCore"]),
 ("EF SQL generation (SQL cache miss)", ["RelationalParameterBasedSqlProcessor", "QuerySqlGenerator.GetCommand"]),
 ("EF command cache lookup total", ["RelationalCommandCache.GetRelationalCommandTemplate"]),
 ("DbContext create/dispose", ["PooledDbContextFactory", "DbContextPool", "DbContext.DisposeAsync", "DbContext.Dispose"]),
 ("connection open/close", ["RelationalConnection.OpenAsync", "RelationalConnection.CloseAsync", "RelationalConnection.Open(", "RelationalConnection.Close("]),
 ("sqlite prepare", ["sqlite3_prepare"]),
 ("sqlite step/read", ["sqlite3_step", "SqliteDataReader.Read"]),
 ("sqlite finalize", ["sqlite3_finalize"]),
 ("materialize (EF shapers)", ["dynamicClass.lambda_method"]),
 ("serialize response", ["GraphQLResponseWriter"]),
 ("GC (PollGC + finalizers)", ["PollGC", "GC.RunFinalizers", "gc_heap", "GCHeap"]),
 ("lock contention (Monitor slow path)", ["Monitor.Enter_Slowpath"]),
]
d=json.load(open(sys.argv[1]))
frames=[f['name'] for f in d['shared']['frames']]
cpu=frames.index('CPU_TIME') if 'CPU_TIME' in frames else -1
match=[set(i for i,n in enumerate(frames) if any(p in n for p in pats)) for _,pats in STAGES]
tot=0; acc=collections.Counter()
for p in d['profiles']:
    stack=[]; last=None
    for e in p['events']:
        t=e['at']
        if last is not None and stack and stack[-1]==cpu:
            dt=t-last; tot+=dt; s=set(stack)
            for k,m in enumerate(match):
                if s & m: acc[k]+=dt
        if e['type']=='O': stack.append(e['frame'])
        elif stack: stack.pop()
        last=t
for k,(name,_) in enumerate(STAGES):
    print(f"| {name} | {acc[k]/tot*100:.1f} % |")
