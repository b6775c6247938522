// The list of classes a start of the bundled Neo4j preloads: what an earlier start loaded after
// it was ready, read from the JVM's class-load log (server/src/local-neo4j/launcher.ts).
import { describe, expect, it } from 'vitest';
import { classesAfter } from '../../server/src/local-neo4j/launcher.js';

const log = [
  '[0.010s][info][class,load] java.lang.Object source: shared objects file',
  '[5.100s][info][class,load] org.neo4j.bolt.Server source: jar:file:/m2/neo4j-bolt.jar!/',
  '[6.200s][info][class,load] org.neo4j.cypher.internal.Parser source: jar:file:/m2/cypher.jar!/',
  '[6.210s][info][class,load] org.neo4j.cypher.internal.Planner$Step source: jar:file:/m2/p.jar!/',
  '[6.220s][info][class,load] org.neo4j.Foo$$Lambda/0x000001 source: org.neo4j.Foo',
  '[6.230s][info][class,load] jdk.internal.reflect.Gen source: __JVM_LookupDefineClass__',
  '[6.240s][info][class,load] org.neo4j.cypher.internal.Parser source: jar:file:/m2/cypher.jar!/',
  '',
].join('\n');

describe('the classes a start preloads', () => {
  it('are those loaded after ready, once each, without hidden classes', () => {
    expect(classesAfter(log, 2)).toEqual([
      'org.neo4j.cypher.internal.Parser',
      'org.neo4j.cypher.internal.Planner$Step',
    ]);
  });
});
