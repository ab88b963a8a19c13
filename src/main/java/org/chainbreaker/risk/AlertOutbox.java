package org.chainbreaker.risk;

import java.util.List;
import org.chainbreaker.graph.ScriptTransaction;

/**
 * Records what must follow from new alerts (a webhook delivery per case system) in the very transaction that raises
 * them: committed with the alerts or not at all, so a process stopping right after the commit loses nothing, and a
 * failing record rolls the alerts back (their shipments stay unscored and are scored again by the sweep).
 */
public interface AlertOutbox {

  /** Records the new alerts' follow-up in {@code tx}; called once per scoring round that raised any. */
  void record(ScriptTransaction tx, List<AlertRaised> alerts);
}
